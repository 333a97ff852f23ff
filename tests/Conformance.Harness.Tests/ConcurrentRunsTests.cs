using System.Text.Json;
using Conformance.Model.Verdicts;

namespace Conformance.Harness.Tests;

/// <summary>Two runs at once in one process: each has its own evidence, its own services in its steps, and complete reports.</summary>
public class ConcurrentRunsTests
{
    [Test]
    public async Task Two_runs_at_the_same_time_stay_apart()
    {
        var alpha = Runs.Plan("talk-alpha", Runs.Fake("Fake alpha"));
        var beta = Runs.Plan("talk-beta", Runs.Fake("Fake beta"));

        var results = await Task.WhenAll(Task.Run(() => ConformanceRun.ExecuteAsync(alpha)), Task.Run(() => ConformanceRun.ExecuteAsync(beta)));

        foreach (var (result, word) in results.Zip(["alpha", "beta"]))
        {
            result.ReportDirectory.Should().StartWith(word == "alpha" ? alpha.OutputDirectory : beta.OutputDirectory);
            var messages = string.Join("; ", result.Report.Scenarios.Select(s => s.Message));
            result.Report.Scenarios.Select(s => s.Verdict).Should().Equal([Verdict.Pass, Verdict.Fail], messages);
            var evidence = File.ReadAllLines(Path.Combine(result.ReportDirectory, "evidence.jsonl"))
                .Select(l => JsonDocument.Parse(l).RootElement).ToList();
            evidence.Should().HaveCount(4)
                .And.OnlyContain(r => r.GetProperty("body").GetString()!.StartsWith(word, StringComparison.Ordinal));
            evidence.Select(r => r.GetProperty("seq").GetInt64()).Should().Equal(1, 2, 3, 4);
            using var summary = JsonDocument.Parse(File.ReadAllText(result.Files.Summary));
            summary.RootElement.GetProperty("total").GetInt32().Should().Be(2);
            summary.RootElement.GetProperty("systemUnderTest").GetProperty("name").GetString().Should().Be($"Fake {word}");
            File.Exists(result.Files.JUnit).Should().BeTrue();
        }
        results[0].RunId.Should().NotBe(results[1].RunId);
    }
}
