using System.Text.Json;

namespace Conformance.Cli.Tests;

/// <summary>
/// A deliberately wrong VEN under test makes the event-distribution scenario fail at the right step, with a
/// message that says what was expected, what came, and when.
/// </summary>
public class WrongVenTests
{
    private const string EventDistribution = "@TS62746-3-Fig17";

    private static string SutFile(int port, string extra = "", string harness = "") => Harness.WriteFile("sut.json", $$"""
        {
          "name": "VEN double",
          "vendor": "Test doubles",
          "roleUnderTest": "ven",
          "binding": "openadr3",
          {{extra}}
          "timing": { "retrievalInterval": "PT1S", "firstContact": "PT20S" },
          "openadr3": {
            "ven": { "venName": "wrong-ven", "clientId": "wrong-ven", "clientSecret": "wrong-secret" },
            "harness": { {{harness}} "vtnUrl": "http://127.0.0.1:{{port}}" }
          }
        }
        """);

    private static MisbehavingVen StartVen(Misbehaviour misbehaviour, int port)
    {
        var ven = new MisbehavingVen(
            misbehaviour, new Uri($"http://127.0.0.1:{port}/"), "wrong-ven", "wrong-ven", "wrong-secret", TimeSpan.FromSeconds(1));
        ven.Start();
        return ven;
    }

    private static async Task<(int ExitCode, string Console, JsonElement Summary)> RunAsync(string sut, string tags = EventDistribution)
    {
        var (outcome, console) = await Harness.RunAsync(tags: tags, sut: sut);
        // A run stopped by its preflight keeps its evidence but writes no summary.
        var file = outcome.ReportDirectory is { } directory ? Path.Combine(directory, "summary.json") : null;
        if (file is null || !File.Exists(file)) return (outcome.ExitCode, console, default);
        using var summary = JsonDocument.Parse(File.ReadAllText(file));
        return (outcome.ExitCode, console, summary.RootElement.Clone());
    }

    private static async Task<(int ExitCode, string Console, JsonElement Summary)> CertifyAsync(Misbehaviour misbehaviour)
    {
        var port = Harness.FreePort();
        await using var ven = StartVen(misbehaviour, port);
        return await RunAsync(SutFile(port));
    }

    private static string Verdicts(JsonElement summary) => string.Join("; ", summary.GetProperty("scenarios").EnumerateArray()
        .Select(s => $"{s.GetProperty("name").GetString()}: {s.GetProperty("verdict").GetString()} {s.GetProperty("message").GetString()}"));

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

    [Test]
    public async Task A_report_the_vtn_refused_fails_at_the_report_step_quoting_the_vtns_answer()
    {
        var (exitCode, console, summary) = await CertifyAsync(Misbehaviour.OmitsClientName);

        exitCode.Should().Be(ExitCodes.Fail, console);
        var scenario = FirstScenario(summary);
        scenario.GetProperty("decidingStep").GetProperty("text").GetString()
            .Should().Contain("the VEN reports simple level 1 for the event within 4 s");
        scenario.GetProperty("message").GetString().Should()
            .MatchRegex(@"Expected the VTN to accept the VEN's report #\d+ for event 'Moderate-shed'")
            .And.MatchRegex(@"the VTN's answer: #\d+ t=\d+\.\d{6} s POST /reports \(Vtn -> Ven\) 400: .*clientName")
            .And.Contain("the VEN sent SIMPLE_LEVEL [1]");
    }

    [Test]
    public async Task A_report_of_another_type_first_and_the_one_asked_for_later_passes()
    {
        var (exitCode, console, summary) = await CertifyAsync(Misbehaviour.ReportsAnotherTypeFirst);

        exitCode.Should().Be(ExitCodes.Pass, $"{console}\n{Verdicts(summary)}");
    }

    [Test]
    public async Task A_level_sent_as_a_decimal_passes()
    {
        var (exitCode, console, summary) = await CertifyAsync(Misbehaviour.ReportsLevelAsDecimal);

        exitCode.Should().Be(ExitCodes.Pass, $"{console}\n{Verdicts(summary)}");
    }

    [Test]
    public async Task A_ven_that_never_enrolls_itself_is_enrolled_by_the_business_logic_and_its_self_enrollment_is_not_judged()
    {
        var port = Harness.FreePort();
        await using var ven = StartVen(Misbehaviour.None, port);

        var (exitCode, console, summary) = await RunAsync(SutFile(port), $"{EventDistribution} or @OADR31-ven-enrollment");

        exitCode.Should().Be(ExitCodes.Inconclusive, $"{console}\n{Verdicts(summary)}");
        var scenarios = summary.GetProperty("scenarios").EnumerateArray().ToList();
        scenarios.Where(s => s.GetProperty("tags").EnumerateArray().Any(t => t.GetString() == "TS62746-3-Fig17"))
            .Select(s => s.GetProperty("verdict").GetString()).Should().Equal("pass", "pass");
        scenarios.Single(s => s.GetProperty("name").GetString()!.Contains("enrolls itself")).GetProperty("verdict").GetString()
            .Should().Be("inconclusive");
    }

    [Test]
    public async Task A_ven_that_never_connects_stops_the_run_with_one_line_naming_where_it_was_expected()
    {
        var port = Harness.FreePort();
        var sut = SutFile(port);
        File.WriteAllText(sut, File.ReadAllText(sut).Replace("PT20S", "PT2S", StringComparison.Ordinal));

        var (exitCode, console, _) = await RunAsync(sut);

        exitCode.Should().Be(ExitCodes.BadArguments, console);
        console.Should().Contain($"waiting up to 2 s for VEN 'wrong-ven' (client 'wrong-ven') to contact the VTN at http://127.0.0.1:{port}/")
            .And.Contain($"preflight: VEN 'wrong-ven' (client 'wrong-ven') did not contact the VTN at http://127.0.0.1:{port}/ within 2 s");
    }

    [Test]
    public async Task A_ven_kept_running_from_the_previous_run_keeps_its_token_when_the_file_keeps_the_signing_key()
    {
        var port = Harness.FreePort();
        var sut = SutFile(port, harness: "\"tokenKeyFile\": \"vtn-token.key\",");
        await using var ven = StartVen(Misbehaviour.None, port);

        var first = await RunAsync(sut);
        var second = await RunAsync(sut);

        first.ExitCode.Should().Be(ExitCodes.Pass, $"{first.Console}\n{Verdicts(first.Summary)}");
        second.ExitCode.Should().Be(ExitCodes.Pass, $"{second.Console}\n{Verdicts(second.Summary)}");
        File.Exists(Path.Combine(Path.GetDirectoryName(sut)!, "vtn-token.key")).Should().BeTrue();
    }

    [Test]
    public async Task A_ven_kept_running_without_the_kept_key_fails_showing_the_vtns_401_answers()
    {
        var port = Harness.FreePort();
        var sut = SutFile(port);
        await using var ven = StartVen(Misbehaviour.None, port);
        await RunAsync(sut);

        var (exitCode, console, summary) = await RunAsync(sut);

        exitCode.Should().Be(ExitCodes.Fail, console);
        FirstScenario(summary).GetProperty("message").GetString().Should()
            .MatchRegex(@"GET /events \d+ times \(#\d+\.\.#\d+\), every one answered 401 \(#\d+: ")
            .And.Contain("openadr3.harness.tokenKeyFile");
    }
}
