using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.Allure;

/// <summary>One scenario's result in Allure's terms: labels to group it by, its steps and their measurements.</summary>
internal static class AllureScenario
{
    private const string Finished = "finished";

    public static AllureResult Build(RunReport report, ScenarioResult result, string uuid, IReadOnlyList<AllureAttachment> attachments)
    {
        var scenario = result.Scenario;
        return new AllureResult(
            uuid,
            HistoryId: StableId.Hash(scenario.Id),
            TestCaseId: StableId.Hash(scenario.Id),
            Name: scenario.RowLabel.Length == 0 ? scenario.Title : $"{scenario.Title} {scenario.RowLabel}",
            FullName: scenario.DisplayName,
            Description: scenario.Description.Length == 0 ? null : scenario.Description,
            Status: AllureStatus.Of(result.Verdict),
            StatusDetails: result.Message is null ? null : new AllureStatusDetails(result.Message, result.DecidingStep?.Detail),
            Finished,
            Start: result.Start.ToUnixTimeMilliseconds(),
            Stop: (result.Start + result.Duration).ToUnixTimeMilliseconds(),
            Labels(report, result),
            Parameters(report, result),
            [.. result.Steps.Select(Step), .. result.Findings.Select(f => Finding(f, result))],
            attachments);
    }

    private static List<AllureLabel> Labels(RunReport report, ScenarioResult result)
    {
        var scenario = result.Scenario;
        var labels = new List<AllureLabel>
        {
            new("epic", "IEC 62746"),
            new("feature", scenario.Feature.Title),
            new("suite", scenario.Feature.File),
        };
        if (scenario.Rule is { } rule) labels.Add(new("story", rule.Title));
        labels.AddRange(scenario.Tags.Select(tag => new AllureLabel("tag", tag)));
        labels.AddRange(scenario.UseCaseIds.Select(id => new AllureLabel("useCase", id)));
        labels.Add(new("roleUnderTest", Wording.RoleUnderTest(report.Sut)));
        labels.Add(new("verdict", result.Verdict.ToWireName()));
        labels.Add(new("framework", "reqnroll"));
        labels.Add(new("language", "C#"));
        labels.Add(new("host", Environment.MachineName));
        return labels;
    }

    private static List<AllureParameter> Parameters(RunReport report, ScenarioResult result) =>
        result.Scenario.Arguments.Select(kv => new AllureParameter(kv.Key, kv.Value))
            .Append(new AllureParameter("time mode", Wording.Clock(report.Clock)))
            .ToList();

    // A finding does not change the verdict, so it is shown as a step of its own after the scenario's steps, marked
    // unknown (Allure's colour for "neither pass nor fail") so that it stands out from the steps that passed.
    private static AllureStep Finding(Finding finding, ScenarioResult result)
    {
        var stop = (result.Start + result.Duration).ToUnixTimeMilliseconds();
        return new AllureStep($"finding: {finding.Describe()}", AllureStatus.Of(Verdict.Inconclusive), null, Finished, stop, stop, [], [], []);
    }

    private static AllureStep Step(StepResult step)
    {
        var start = step.Start.ToUnixTimeMilliseconds();
        var stop = (step.Start + step.Duration).ToUnixTimeMilliseconds();
        // A measurement is shown as a step of its own so that the measured value and the limit are seen at a glance.
        var measured = step.Measurements.Select(m => new AllureStep(
            $"measured: {m.Describe()}", AllureStatus.Of(m.Verdict), null, Finished, stop, stop, [], [], [])).ToList();
        return new AllureStep(
            $"{step.Step.Keyword} {step.Step.Text}",
            AllureStatus.Of(step.Status),
            step.Message is null ? null : new AllureStatusDetails(step.Message, step.Detail),
            Finished, start, stop, measured, [], []);
    }
}
