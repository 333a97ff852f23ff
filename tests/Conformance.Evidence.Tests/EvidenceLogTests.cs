using System.Text.Json;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Evidence.Tests;

public class EvidenceLogTests
{
    private static EvidenceRecord Draft(string target) =>
        new() { Direction = "request", From = "Ven", To = "Vtn", Binding = "openadr3", Http = new HttpDetail { Method = "GET", Target = target } };

    [Test]
    public void Each_record_is_on_disk_before_append_returns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.jsonl");
        using var log = new EvidenceLog(new RunClock(ClockSetting.Real), path);
        log.CurrentScenario = "a.feature:3";

        log.Append(Draft("/events"));

        // Read while the log is still open, as after a crash: nothing already appended may be missing.
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var line = JsonDocument.Parse(reader.ReadLine()!).RootElement;
        line.GetProperty("seq").GetInt64().Should().Be(1);
        line.GetProperty("scenario").GetString().Should().Be("a.feature:3");
        line.GetProperty("http").GetProperty("target").GetString().Should().Be("/events");
    }

    [Test]
    public void Records_are_numbered_and_timed_from_one_monotonic_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        using var log = new EvidenceLog(new RunClock(ClockSetting.Real, time), null);
        var first = log.Append(Draft("/a"));
        time.Advance(TimeSpan.FromMilliseconds(1.5));
        var second = log.Append(Draft("/b"));

        (first.Seq, second.Seq).Should().Be((1, 2));
        (second.Time - first.Time).Should().Be(TimeSpan.FromMilliseconds(1.5));
        second.At.Should().Be(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(1.5));
    }

    [Test]
    public async Task A_wait_returns_the_first_matching_record_that_comes()
    {
        using var log = new EvidenceLog(new RunClock(ClockSetting.Real), null);
        var before = log.Append(Draft("/ignored"));
        var waiting = log.WaitForAsync(r => r.Http!.Target == "/events", before.Seq, TimeSpan.FromSeconds(10), CancellationToken.None);
        log.Append(Draft("/other"));
        log.Append(Draft("/events"));
        (await waiting)!.Seq.Should().Be(3);
    }

    [Test]
    public async Task A_wait_ends_at_its_deadline_on_the_run_clock_with_nothing()
    {
        var time = new FakeTimeProvider();
        using var log = new EvidenceLog(new RunClock(ClockSetting.Real, time), null);
        var waiting = log.WaitForAsync(_ => true, 0, TimeSpan.FromSeconds(5), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));
        waiting.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Should().BeNull();
    }

    [Test]
    public void Only_a_scenarios_own_records_are_its_excerpt()
    {
        using var log = new EvidenceLog(new RunClock(ClockSetting.Real), null);
        log.CurrentScenario = "one";
        log.Append(Draft("/1"));
        log.CurrentScenario = "two";
        log.Append(Draft("/2"));
        log.ForScenario("one").Select(r => r.Http!.Target).Should().Equal("/1");
    }
}
