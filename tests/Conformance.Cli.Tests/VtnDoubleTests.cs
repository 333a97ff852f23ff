using System.Text.Json;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Cli.Tests;

/// <summary>
/// VTNs under test that differ from the reference VTN in what a lab meets in the field: a wrong secret refused with
/// 403, one ven object per clientID, a clean-up that fails, objects left from an earlier run. Each gets the verdict the
/// harness promises: one line before any scenario, the same verdicts, a finding, an inconclusive with its reason.
/// </summary>
public class VtnDoubleTests
{
    /// <summary>The VTN scenarios but MQTT's (the doubles run no broker).</summary>
    private const string VtnScenarios = "@certifies:vtn and not @OADR31-mqtt-notifications";

    /// <summary>A VTN's API base path, as vtn.url gives it.</summary>
    private const string ApiPath = "/openadr3/3.1.0";

    [Test]
    public async Task A_wrong_secret_refused_with_403_is_one_line_naming_the_client_the_url_and_the_answer_before_any_scenario()
    {
        var (_, sut) = VtnUnderTestFiles.Write(id => id == "harness-ven-2" ? "not-the-secret" : $"{id}-secret", ApiPath);
        await using var vtn = await VtnDouble.StartAsync(VtnUnderTestFiles.Url(sut),
            new VtnDouble.Behaviour { RefusesWrongSecretWith403 = true, PathBase = ApiPath });

        var (outcome, console) = await Harness.RunAsync(tags: VtnScenarios, sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.BadArguments, console);
        File.Exists(Path.Combine(outcome.ReportDirectory!, "summary.json")).Should().BeFalse("no scenario ran");
        var errors = console.Split('\n').Where(line => line.StartsWith("error", StringComparison.Ordinal));
        errors.Should().ContainSingle().Which.TrimEnd().Should().Be(
            $"error: preflight: harness client 'harness-ven-2' on the VTN under test: POST " +
            $"{vtn.BaseAddress}auth/token answered 403 Forbidden: wrong client secret");
    }

    [Test]
    public async Task A_vtn_that_is_not_there_is_one_line_naming_the_first_client_and_the_url()
    {
        var (_, sut) = VtnUnderTestFiles.Write(path: ApiPath);

        var (outcome, console) = await Harness.RunAsync(tags: VtnScenarios, sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.BadArguments, console);
        console.Split('\n').Where(line => line.StartsWith("error", StringComparison.Ordinal)).Should().ContainSingle().Which.Should().StartWith(
            $"error: preflight: harness client 'harness-business-logic' on the VTN under test: GET {VtnUnderTestFiles.Url(sut)}/auth/server could " +
            "not be reached (");
        File.Exists(Path.Combine(outcome.ReportDirectory!, "evidence.jsonl")).Should().BeTrue("the preflight's evidence is kept where the run said");
    }

    [Test]
    public async Task A_client_whose_token_lacks_the_scopes_of_its_operations_is_one_line_naming_what_is_missing()
    {
        var (_, sut) = VtnUnderTestFiles.Write();
        await using var vtn = await VtnDouble.StartAsync(VtnUnderTestFiles.Url(sut),
            new VtnDouble.Behaviour { GrantsOnlyReadTargetsTo = "harness-ven-1" });

        var (outcome, console) = await Harness.RunAsync(tags: VtnScenarios, sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.BadArguments, console);
        console.Split('\n').Where(line => line.StartsWith("error", StringComparison.Ordinal)).Should().ContainSingle().Which.Should().MatchRegex(
            $@"^error: preflight: harness client 'harness-ven-1' on the VTN under test: POST {vtn.BaseAddress}auth/token " +
            @"issued a token \(#\d+\) with scope 'read_targets', without read_ven_objects, write_vens, write_reports, write_subscriptions, ");
    }

    [Test]
    public async Task A_vtn_that_keeps_one_ven_object_per_client_under_a_base_path_passes_every_scenario()
    {
        var (_, sut) = VtnUnderTestFiles.Write(path: ApiPath);
        await using var vtn = await VtnDouble.StartAsync(VtnUnderTestFiles.Url(sut),
            new VtnDouble.Behaviour { OneVenObjectPerClient = true, PathBase = ApiPath });

        var verdicts = await RepeatedRunTests.VerdictsAsync(sut, VtnScenarios);

        verdicts.Values.Select(v => v.Verdict).Should().OnlyContain(v => v == "pass", RepeatedRunTests.Described(verdicts));
    }

    [Test]
    public async Task A_clean_up_the_vtn_refuses_is_a_finding_and_a_second_run_on_what_it_left_gives_the_same_verdicts()
    {
        var (_, sut) = VtnUnderTestFiles.Write();
        await using var vtn = await VtnDouble.StartAsync(VtnUnderTestFiles.Url(sut), new VtnDouble.Behaviour { DeletesFail = true });

        var (outcome, console) = await Harness.RunAsync(tags: VtnScenarios, sut: sut);
        vtn.DeletesFail = false;
        var second = await RepeatedRunTests.VerdictsAsync(sut, VtnScenarios);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        var scenarios = summary.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        var finding = scenarios.SelectMany(s => s.GetProperty("findings").EnumerateArray())
            .First(f => f.GetProperty("message").GetString()!.StartsWith("clean-up:", StringComparison.Ordinal));
        finding.GetProperty("message").GetString().Should()
            .MatchRegex("^clean-up: the (program|event|ven object|resource|report|subscription) '")
            .And.Contain("that this scenario created was not deleted by its client 'harness-")
            .And.Contain("answered 500 (Internal Server Error: deletes are out of order); it stays on the VTN");
        finding.GetProperty("record").GetInt64().Should().BePositive("the VTN's answer to the DELETE is named");
        second.Should().HaveCount(scenarios.Count);
        second.Values.Select(v => v.Verdict).Should().OnlyContain(v => v == "pass", RepeatedRunTests.Described(second));
    }

    [Test]
    public async Task A_ven_object_left_for_a_harness_client_on_a_vtn_with_one_per_client_makes_enrollment_inconclusive_with_the_reason()
    {
        var (_, sut) = VtnUnderTestFiles.Write();
        await using var vtn = await VtnDouble.StartAsync(VtnUnderTestFiles.Url(sut), new VtnDouble.Behaviour { OneVenObjectPerClient = true });
        using (var http = new HttpClient { BaseAddress = vtn.BaseAddress })
        {
            var bl = await OpenAdrClient.ConnectAsync(http, "harness-business-logic", "harness-business-logic-secret", CancellationToken.None);
            await bl.CreateVenAsync(
                new Ven { ObjectType = ObjectTypes.BlVenRequest, VenName = "left-by-an-earlier-run", ClientId = "harness-ven-3" });
        }

        var verdicts = await RepeatedRunTests.VerdictsAsync(sut, "@OADR31-ven-enrollment");

        var enrolls = Harness.ScenarioId("openadr3/ven-enrollment.feature",
            "A VEN configured with the IDs and credentials the business logic provided finds its ven object and resources");
        verdicts[enrolls].Verdict.Should().Be("inconclusive");
        verdicts[enrolls].Message.Should().Contain(
            "the VTN refused harness-business-logic's POST /vens for 'Enrolled-home-").And.Contain("with 409 (")
            .And.Contain("it clashes with an object left on the VTN from before this run");
        verdicts[Harness.ScenarioId("openadr3/ven-enrollment.feature", "A VEN with a wrong secret is refused")].Verdict.Should().Be("pass", "the scenario creates no ven object");
    }
}
