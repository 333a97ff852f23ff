using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.Tests;

/// <summary>A hand-built run: one scenario per verdict, with evidence for each, as the runner would hand it over.</summary>
internal static class SampleRun
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly ClockSetting Scaled = new(TimeMode.Scaled, 10);

    public static readonly FeatureHeader EventDistribution =
        new("Event distribution", "", ["grid"], "features/grid/event-distribution.feature", "en");

    public static readonly FeatureHeader Reports = new("Reports", "", [], "features/grid/reports.feature", "en");

    public static readonly RuleHeader Publication = new("A published event reaches every VEN", "", []);

    /// <summary>Scenarios in this order: pass, fail, error, inconclusive, notApplicable.</summary>
    public static RunReport Report(IReadOnlyList<ScenarioResult>? scenarios = null, IReadOnlyList<FeatureParseError>? errors = null)
    {
        scenarios ??= AllVerdicts();
        return new RunReport(
            "run-1", Start, TimeSpan.FromSeconds(12.5), Scaled,
            SystemUnderTestDescription.EmbeddedDefault with
            {
                Vendor = "Acme",
                Version = "2.1",
                RoleUnderTest = Role.Ven,
                Capabilities = new HashSet<string> { "reports" },
            },
            new HarnessIdentity("1.0.0", "abc1234"), "@grid", scenarios, errors ?? [],
            scenarios.SelectMany((s, i) => new[] { Evidence(s.Scenario.Id, i * 2 + 1), Evidence(s.Scenario.Id, i * 2 + 2) }).ToList());
    }

    public static IReadOnlyList<ScenarioResult> AllVerdicts() =>
    [
        Result(Verdict.Pass, EventDistribution, 10, null),
        Result(Verdict.Fail, EventDistribution, 20, "VEN retrieval after publication: expected at most 4 s, measured 6.2 s"),
        Result(Verdict.Error, EventDistribution, 30, "the VTN did not start: port in use"),
        Result(Verdict.Inconclusive, Reports, 10, "the SUT does not declare capability 'reports'"),
        Result(Verdict.NotApplicable, Reports, 20, "no VEN under test"),
    ];

    public static ScenarioResult Result(Verdict verdict, FeatureHeader feature, int line, string? message, string output = "")
    {
        var steps = new[]
        {
            new ScenarioStep("Given", StepKeyword.Given, "a VTN and a VEN", null, null, line + 1),
            new ScenarioStep("When", StepKeyword.When, "the business logic publishes an event", null, null, line + 2),
            new ScenarioStep("Then", StepKeyword.Then, "the VEN retrieves it within 4 s", null, null, line + 3),
        };
        var scenario = new ScenarioCase
        {
            Id = $"{feature.File}:{line}",
            Feature = feature,
            Title = $"A {verdict.ToWireName()} scenario",
            Description = "Why this scenario exists.",
            Rule = feature == EventDistribution ? Publication : null,
            RowLabel = "[venName=ven-1]",
            Arguments = [new("venName", "ven-1")],
            Tags = ["grid", "JWG1100", "TS62746-3-Fig17"],
            Steps = steps,
            Line = line,
        };
        var measurement = Measurement.Duration("VEN retrieval after publication",
            TimeSpan.FromSeconds(verdict == Verdict.Fail ? 6.2 : 1.5), TimeSpan.FromSeconds(4), LimitKind.AtMost, Scaled);
        var (judged, status) = verdict switch
        {
            Verdict.Pass => (StepStatus.Passed, StepStatus.Passed),
            Verdict.Fail => (StepStatus.Failed, StepStatus.Skipped),
            _ => (StepStatus.Error, StepStatus.Skipped),
        };
        var results = new[]
        {
            Step(steps[0], StepStatus.Passed, Verdict.Pass, null, []),
            Step(steps[1], judged, verdict == Verdict.Pass ? Verdict.Pass : verdict, message, verdict == Verdict.Fail ? [measurement] : []),
            Step(steps[2], status, verdict == Verdict.Pass ? Verdict.Pass : Verdict.NotApplicable, null,
                verdict == Verdict.Pass ? [measurement] : []),
        };
        return new ScenarioResult(scenario, verdict, message, results, Start.AddSeconds(line), TimeSpan.FromSeconds(2),
            results.SelectMany(r => r.Measurements).ToList(), output);
    }

    private static StepResult Step(ScenarioStep step, StepStatus status, Verdict verdict, string? message, IReadOnlyList<Measurement> measurements) =>
        new(step, status, verdict, message, message is null ? null : "at Steps.Then()", Start, TimeSpan.FromMilliseconds(300), measurements);

    private static EvidenceRecord Evidence(string scenarioId, long seq) => new()
    {
        Seq = seq,
        T = seq * 0.1,
        At = Start.AddSeconds(seq * 0.1),
        Scenario = scenarioId,
        Direction = "request",
        From = "Ven",
        To = "Vtn",
        Binding = "openadr3",
        Http = new HttpDetail { Method = "GET", Target = "/events" },
    };
}
