using System.Text.Json;

namespace Conformance.Cli.Tests;

/// <summary>
/// A deliberately wrong VEN under test makes the event-distribution scenario fail at the right step, with a
/// message that says what was expected, what came, and when.
/// </summary>
public class WrongVenTests
{
    private static async Task<(int ExitCode, string Console, JsonElement Summary)> CertifyAsync(Misbehaviour misbehaviour)
    {
        var port = Harness.FreePort();
        var sut = Harness.WriteFile("sut.json", $$"""
            {
              "name": "Wrong VEN ({{misbehaviour}})",
              "vendor": "Test doubles",
              "roleUnderTest": "ven",
              "binding": "openadr3",
              "timing": { "retrievalInterval": "PT1S" },
              "openadr3": {
                "ven": { "venName": "wrong-ven", "clientId": "wrong-ven", "clientSecret": "wrong-secret" },
                "harness": { "vtnUrl": "http://127.0.0.1:{{port}}" }
              }
            }
            """);
        await using var ven = new MisbehavingVen(
            misbehaviour, new Uri($"http://127.0.0.1:{port}/"), "wrong-ven", "wrong-ven", "wrong-secret", TimeSpan.FromSeconds(1));
        ven.Start();
        var (outcome, console) = await Harness.RunAsync(tags: "@TS62746-3-Fig17", sut: sut);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        return (outcome.ExitCode, console, summary.RootElement.Clone());
    }

    private static JsonElement FirstScenario(JsonElement summary) => summary.GetProperty("scenarios")[0];

    [Test]
    public async Task A_ven_that_never_polls_fails_at_the_retrieval_step()
    {
        var (exitCode, console, summary) = await CertifyAsync(Misbehaviour.NeverPolls);

        exitCode.Should().Be(ExitCodes.Fail, console);
        var scenario = FirstScenario(summary);
        scenario.GetProperty("verdict").GetString().Should().Be("fail");
        scenario.GetProperty("decidingStep").GetProperty("text").GetString()
            .Should().Contain("the VEN retrieves the event within its polling interval");
        scenario.GetProperty("message").GetString().Should()
            .MatchRegex(@"Expected the VEN to retrieve event 'Moderate-shed' \(id .+\), published at t=\d+\.\d{6} s \(#\d+\), " +
                @"within its polling interval of 1 s .* by t=\d+\.\d{6} s, but nothing of the kind came by t=");
    }

    [Test]
    public async Task A_ven_that_polls_slower_than_it_declares_fails_the_timing_check_with_deadline_and_actual_time()
    {
        var (exitCode, console, summary) = await CertifyAsync(Misbehaviour.PollsLate);

        exitCode.Should().Be(ExitCodes.Fail, console);
        var message = FirstScenario(summary).GetProperty("message").GetString();
        message.Should().Contain("the VEN retrieves the event within its polling interval")
            .And.MatchRegex(@"expected at most 1\.25 s, measured \d+\.\d+ s")
            .And.MatchRegex(@"deadline t=\d+\.\d{6} s, retrieved at t=\d+\.\d{6} s by #\d+ .*GET /events");
    }

    [Test]
    public async Task A_ven_that_acts_on_the_wrong_event_fails_at_the_report_step()
    {
        var (exitCode, console, summary) = await CertifyAsync(Misbehaviour.ActsOnWrongEvent);

        exitCode.Should().Be(ExitCodes.Fail, console);
        var scenario = FirstScenario(summary);
        scenario.GetProperty("decidingStep").GetProperty("text").GetString()
            .Should().Contain("the VEN reports simple level 1 for the event within 4 s");
        scenario.GetProperty("message").GetString().Should()
            .Contain("Expected a report from the VEN for event 'Moderate-shed'")
            .And.Contain("but only these came")
            .And.Contain("POST /reports (Ven -> Vtn)");
    }
}
