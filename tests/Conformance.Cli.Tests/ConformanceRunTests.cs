using System.Text.Json;
using System.Xml.Linq;
using Conformance.Harness.Selection;

namespace Conformance.Cli.Tests;

/// <summary>The main job as users see it: a run on the embedded default, its reports and its exit codes.</summary>
public class ConformanceRunTests
{
    [Test]
    public async Task The_embedded_default_passes_every_scenario_and_writes_every_report()
    {
        var (outcome, console) = await Harness.RunAsync();
        var catalogue = Runner.Catalogue.FeatureCatalogue.Load(Harness.Features).Scenarios;
        var scenarios = catalogue.Count;
        // A scenario that spans a simulated day does not fit the wall-clock bound of a real-time run.
        var spanning = catalogue.Count(s => s.Tags.Any(t => t.StartsWith(ScenarioSelection.SpanPrefix, StringComparison.Ordinal)));

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        var dir = outcome.ReportDirectory!;
        File.Exists(Path.Combine(dir, "evidence.jsonl")).Should().BeTrue();
        File.Exists(Path.Combine(dir, "junit.xml")).Should().BeTrue();
        Directory.GetFiles(Path.Combine(dir, "allure-results"), "*-result.json").Should().HaveCount(scenarios);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        summary.RootElement.GetProperty("verdict").GetString().Should().Be("pass");
        summary.RootElement.GetProperty("counts").GetProperty("pass").GetInt32().Should().Be(scenarios - spanning);
        summary.RootElement.GetProperty("counts").GetProperty("notApplicable").GetInt32().Should().Be(spanning);

        var evidence = File.ReadAllLines(Path.Combine(dir, "evidence.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        evidence.Should().Contain(r => HttpField(r, "method") == "POST" && HttpField(r, "target")!.EndsWith("/reports"));
        evidence.Select(r => r.GetProperty("t").GetDouble())
            .Should().BeInAscendingOrder("evidence is appended as it happens, from one monotonic clock");
        XDocument.Load(Path.Combine(dir, "junit.xml")).Descendants("testcase").Should().HaveCount(scenarios);
    }

    [Test]
    public async Task A_tag_expression_that_selects_nothing_is_a_bad_argument()
    {
        var (outcome, console) = await Harness.RunAsync(tags: "@no-such-tag");
        outcome.ExitCode.Should().Be(ExitCodes.BadArguments);
        console.Should().Contain("no scenario").And.Contain("@no-such-tag");
    }

    [Test]
    public async Task One_scenario_is_selected_by_a_line_inside_it_and_the_reports_say_how_it_was_selected()
    {
        const string file = "features/openadr3/ven-enrollment.feature";
        var lines = File.ReadAllLines(Path.Combine(Harness.Features, "openadr3", "ven-enrollment.feature"));
        var keyword = Array.FindIndex(lines, l => l.Trim() == "Scenario: A VEN with a wrong secret is refused") + 1;

        var (outcome, console) = await Harness.RunAsync(locations: [$"{file}:{keyword + 1}"]);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        summary.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("id").GetString())
            .Should().Equal($"{file}:{keyword}");
        summary.RootElement.GetProperty("selection").GetString().Should().Be($"{file}:{keyword + 1}");
    }

    [Test]
    public async Task Scenarios_are_selected_by_a_name_pattern_and_one_that_matches_nothing_is_a_bad_argument()
    {
        var (outcome, console) = await Harness.RunAsync(name: "wrong secret");
        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        summary.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .Should().ContainSingle().Which.Should().Contain("wrong secret");

        var (none, noneConsole) = await Harness.RunAsync(name: "no such scenario", tags: "@grid");
        none.ExitCode.Should().Be(ExitCodes.BadArguments);
        noneConsole.Should().Contain("matches --tags '@grid' and --name 'no such scenario'");
    }

    [Test]
    public async Task A_line_where_no_scenario_is_names_the_lines_where_scenarios_are()
    {
        var (outcome, console) = await Harness.RunAsync(locations: ["features/openadr3/ven-enrollment.feature:1"]);
        outcome.ExitCode.Should().Be(ExitCodes.BadArguments);
        console.Should().Contain("features/openadr3/ven-enrollment.feature:1: no scenario at line 1 (scenarios start at lines ");
    }

    [Test]
    public async Task A_malformed_tag_expression_is_a_bad_argument_that_says_why()
    {
        var (outcome, console) = await Harness.RunAsync(tags: "@grid and");
        outcome.ExitCode.Should().Be(ExitCodes.BadArguments);
        console.Should().Contain("tag expression '@grid and': a tag is missing at the end");
    }

    [Test]
    public async Task A_system_under_test_file_with_a_bad_field_names_file_line_and_field()
    {
        var sut = Harness.WriteFile("sut.json", """
            {
              "name": "Acme VEN",
              "roleUnderTest": "ven",
              "ven": {
                "venName": "acme",
                "clientId": "acme",
                "clientSecret": "s3cret",
                "pollingInterval": "often"
              }
            }
            """);
        var (outcome, console) = await Harness.RunAsync(sut: sut);
        outcome.ExitCode.Should().Be(ExitCodes.BadArguments);
        console.Should().Contain($"{sut}:8: field 'ven.pollingInterval': 'often' is not a positive duration");
    }

    [Test]
    public async Task A_feature_with_a_syntax_error_is_reported_with_file_and_line_and_the_others_still_run()
    {
        var features = Path.Combine(Path.GetTempPath(), "conformance-tests", Guid.NewGuid().ToString("N"), "features");
        Directory.CreateDirectory(Path.Combine(features, "grid"));
        File.Copy(Path.Combine(Harness.Features, "grid", "event-distribution.feature"), Path.Combine(features, "grid", "event-distribution.feature"));
        File.WriteAllText(Path.Combine(features, "broken.feature"), "Feature: Broken\n  Scenario: x\n    Given a step\n  not gherkin here\n");

        var (outcome, console) = await Harness.RunAsync(features: features);

        outcome.ExitCode.Should().Be(ExitCodes.Error, "a feature that cannot be read is a fault, even though the others passed");
        console.Should().Contain("features/broken.feature:4:");
        console.Should().Contain("pass").And.Contain("Moderate-shed");
    }

    [Test]
    public async Task A_scenario_needing_an_undeclared_capability_is_inconclusive_and_not_run()
    {
        var features = Path.Combine(Path.GetTempPath(), "conformance-tests", Guid.NewGuid().ToString("N"), "features");
        Directory.CreateDirectory(features);
        var text = File.ReadAllText(Path.Combine(Harness.Features, "grid", "event-distribution.feature"));
        File.WriteAllText(Path.Combine(features, "needs-webhooks.feature"), "@requires:webhooks\n" + text);
        var port = Harness.FreePort();
        var sut = Harness.WriteFile("sut.json", $$"""
            { "name": "Polling-only VEN", "roleUnderTest": "ven", "capabilities": ["polling"],
              "ven": { "venName": "v", "clientId": "v", "clientSecret": "s", "pollingInterval": "PT1S" },
              "harness": { "vtnUrl": "http://127.0.0.1:{{port}}" } }
            """);
        // The preflight waits for the VEN's first contact before any scenario, gated or not.
        await using var ven = new MisbehavingVen(
            Misbehaviour.None, new Uri($"http://127.0.0.1:{port}/"), "v", "v", "s", TimeSpan.FromSeconds(1));
        ven.Start();

        var (outcome, console) = await Harness.RunAsync(sut: sut, features: features);

        outcome.ExitCode.Should().Be(ExitCodes.Inconclusive, console);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        summary.RootElement.GetProperty("counts").GetProperty("inconclusive").GetInt32().Should().Be(2);
        summary.RootElement.GetProperty("scenarios")[0].GetProperty("message").GetString()
            .Should().Be("not run: the system under test does not declare 'webhooks' among its capabilities");
        File.ReadLines(Path.Combine(outcome.ReportDirectory!, "evidence.jsonl"))
            .Should().OnlyContain(line => !line.Contains("\"scenario\":", StringComparison.Ordinal),
                "only the preflight's messages: nothing was sent for a scenario that did not run");
    }

    [Test]
    public async Task A_scaled_run_records_its_time_mode_in_the_summary_and_beside_every_timing_verdict()
    {
        var sut = Harness.WriteFile("sut.json", """{ "name": "Reference implementations, scaled", "timeMode": { "mode": "scaled", "factor": 5 } }""");

        var (outcome, console) = await Harness.RunAsync(sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        var time = summary.RootElement.GetProperty("time");
        (time.GetProperty("mode").GetString(), time.GetProperty("factor").GetDouble()).Should().Be(("scaled", 5.0));
        var measurements = summary.RootElement.GetProperty("scenarios").EnumerateArray()
            .SelectMany(s => s.GetProperty("measurements").EnumerateArray()).ToList();
        measurements.Should().NotBeEmpty()
            .And.OnlyContain(m => m.GetProperty("timeMode").GetString() == "scaled" && m.GetProperty("factor").GetDouble() == 5);
    }

    [Test]
    public async Task A_simulated_day_on_the_reference_implementations_passes_in_virtual_time_and_says_so()
    {
        var (outcome, console) = await Harness.RunAsync(tags: "@WGSP2112", virtualTime: true);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        console.Should().Contain("time mode virtual");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        summary.RootElement.GetProperty("time").GetProperty("mode").GetString().Should().Be("virtual");
        summary.RootElement.GetProperty("durationSeconds").GetDouble()
            .Should().BeGreaterThanOrEqualTo(23 * 3600, "the 24 prices are published an hour apart");
        var measurements = summary.RootElement.GetProperty("scenarios")[0].GetProperty("measurements").EnumerateArray().ToList();
        measurements.Should().HaveCount(24).And.OnlyContain(m => m.GetProperty("timeMode").GetString() == "virtual");
    }

    [Test]
    public async Task Virtual_time_with_a_system_under_test_is_a_bad_argument_naming_why()
    {
        var sut = Harness.WriteFile("sut.json", """
            { "name": "A VEN", "roleUnderTest": "ven", "timing": { "retrievalInterval": "PT1S" },
              "openadr3": { "ven": { "venName": "v", "clientId": "v", "clientSecret": "s" } } }
            """);

        var (outcome, console) = await Harness.RunAsync(sut: sut, virtualTime: true);

        outcome.ExitCode.Should().Be(ExitCodes.BadArguments, console);
        console.Should().Contain("--virtual-time needs every role to be the harness's own, and the system under test plays the VEN");
    }

    /// <summary>A field of a record's HTTP detail object; null for a record of another transport.</summary>
    private static string? HttpField(JsonElement record, string name) =>
        record.TryGetProperty("http", out var http) ? http.GetProperty(name).GetString() : null;
}
