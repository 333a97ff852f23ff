using System.Text.Json;
using Conformance.Harness.Rules;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Harness.Tests;

/// <summary>A fail cites the scenario's `@rule:` tags; the fail of an `@interpretation` is an advisory finding, apart from conformance.</summary>
public class RulesTests
{
    [Test]
    public async Task A_fail_cites_the_rules_the_scenario_is_tagged_with()
    {
        var run = await ConformanceRun.ExecuteAsync(Runs.Plan("rules", Runs.Fake("Fake")));

        var judged = Scenario(run.Report.Scenarios, "Judged by a rule");
        judged.Verdict.Should().Be(Verdict.Fail);
        judged.Message.Should().Be("Step 'Then the device fails' (line 7): Expected the device to answer, but it did not [rule DEV-ANSWER-1]");
        judged.Findings.Should().BeEmpty();
    }

    [Test]
    public async Task The_fail_of_an_interpretation_passes_with_an_advisory_finding_in_every_report()
    {
        var run = await ConformanceRun.ExecuteAsync(Runs.Plan("rules", Runs.Fake("Fake")));

        var advisory = Scenario(run.Report.Scenarios, "Judged by an interpretation");
        advisory.Verdict.Should().Be(Verdict.Pass);
        advisory.Message.Should().BeNull();
        advisory.DecidingStep.Should().BeNull();
        advisory.Steps.Select(s => (s.Status, s.Verdict)).Should().Equal(
            (StepStatus.Passed, Verdict.Pass), (StepStatus.Failed, Verdict.Pass), (StepStatus.Skipped, Verdict.NotApplicable));
        var finding = advisory.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(FindingKind.Advisory);
        finding.Describe().Should().Be("Step 'Then the device fails' (line 12): Expected the device to answer, but it did not [rule DEV-ANSWER-1] "
            + "(advisory, @interpretation: no normative sentence, the reading of rules/rules.feature)");
        using var summary = JsonDocument.Parse(File.ReadAllText(run.Files.Summary));
        var inSummary = summary.RootElement.GetProperty("scenarios").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Rules: Judged by an interpretation");
        inSummary.GetProperty("verdict").GetString().Should().Be("pass");
        inSummary.GetProperty("findings")[0].GetProperty("kind").GetString().Should().Be("advisory");
        File.ReadAllText(run.Files.JUnit).Should().Contain("findings (not judged by this scenario):")
            .And.Contain("(advisory, @interpretation: no normative sentence, the reading of rules/rules.feature)");
        Directory.GetFiles(run.Files.AllureResults, "*-result.json").Select(File.ReadAllText)
            .Should().ContainSingle(json => json.Contains("finding: Step 'Then the device fails' (line 12)", StringComparison.Ordinal));
    }

    [Test]
    public async Task An_interpretation_that_holds_passes_and_one_the_harness_cannot_judge_stays_an_error()
    {
        var run = await ConformanceRun.ExecuteAsync(Runs.Plan("rules", Runs.Fake("Fake")));

        var holds = Scenario(run.Report.Scenarios, "An interpretation that holds");
        (holds.Verdict, holds.Findings.Count).Should().Be((Verdict.Pass, 0));
        Scenario(run.Report.Scenarios, "An interpretation the harness cannot judge").Verdict.Should().Be(Verdict.Error);
    }

    [Test]
    public void An_advisory_finding_names_the_first_record_the_failure_quotes()
    {
        var scenario = new ScenarioCase
        {
            Id = "f.feature:3",
            Title = "S",
            Tags = ["interpretation", "rule:DEF-X-1"],
            Steps = [],
            Feature = new("F", "", [], "f.feature", "en"),
        };
        var failed = new ScenarioResult(scenario, Verdict.Fail, "Expected a refusal, but (evidence: #12 t=1.000000 s POST /reports "
            + "(Ven harness-ven-1 -> Vtn) 201, #14 t=1.100000 s ...) [rule DEF-X-1]", [], DateTimeOffset.UnixEpoch, TimeSpan.Zero, [], "");

        var judged = ScenarioRules.Judge(failed);

        judged.Verdict.Should().Be(Verdict.Pass);
        judged.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Record == 12 && f.Message == failed.Message);
    }

    private static ScenarioResult Scenario(IEnumerable<ScenarioResult> results, string title) => results.Single(s => s.Scenario.Title == title);
}
