using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Cli.Running;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;
using Conformance.Bindings.OpenAdr3;
using Conformance.Bindings.OpenAdr3.Support;

namespace Conformance.Features;

/// <summary>
/// Offers every scenario of features/ (every Examples row too) to NUnit as one test case named
/// "Feature: Scenario [row]", with its tags as categories, so <c>dotnet test --filter TestCategory=grid</c>
/// selects by tag. Each case runs through the same bridge as the CLI, on the embedded default.
/// </summary>
[TestFixture]
public sealed class FeatureScenarios
{
    private static readonly string FeaturesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "features");
    private static readonly TimeSpan ScenarioBound = new RunRequest(null, null, null, null).ScenarioBound;
    private HarnessRun _harness = null!;
    private ScenarioBridge _bridge = null!;
    private EvidenceLog _evidence = null!;

    public static IEnumerable<TestCaseData> Scenarios()
    {
        var catalogue = FeatureCatalogue.Load(FeaturesDirectory, TestContext.CurrentContext.TestDirectory);
        foreach (var error in catalogue.Errors)
            yield return new TestCaseData(null, error.ToString()).SetName($"Syntax error: {error.File}:{error.Line}");
        foreach (var scenario in catalogue.Scenarios)
        {
            var data = new TestCaseData(scenario, null).SetName(scenario.DisplayName);
            foreach (var tag in scenario.Tags) data.SetCategory(tag);
            yield return data;
        }
    }

    [OneTimeSetUp]
    public void StartRun()
    {
        var clock = new RunClock(SystemUnderTestDescription.EmbeddedDefault.Clock);
        _evidence = new EvidenceLog(clock, Path.Combine(TestContext.CurrentContext.WorkDirectory, "evidence", $"features-{DateTime.UtcNow:yyyyMMdd-HHmmss}.jsonl"));
        _harness = new HarnessRun(SystemUnderTestDescription.EmbeddedDefault, clock, _evidence);
        _bridge = new ScenarioBridge(typeof(Steps.UseCases.DomainSteps).Assembly, _harness.Register, clock.Time, [typeof(OpenAdr3Binding).Assembly]);
    }

    [OneTimeTearDown]
    public async Task EndRun()
    {
        await _bridge.DisposeAsync();
        await _harness.DisposeAsync();
        _evidence.Dispose();
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(ScenarioCase? scenario, string? syntaxError)
    {
        if (scenario is null) Assert.Fail(syntaxError ?? "no scenario");
        // The run's own gating (@certifies, @requires, @span) decides first, as in a conformance run.
        var result = ScenarioSelection.Precondition(scenario!, SystemUnderTestDescription.EmbeddedDefault, DateTimeOffset.UtcNow, ScenarioBound)
            ?? await _bridge.RunAsync(scenario!);
        TestContext.Out.WriteLine(result.Output);
        // An inconclusive or an error must never read as a pass in CI, so both fail the test with their verdict named.
        switch (result.Verdict)
        {
            case Verdict.Pass: return;
            case Verdict.NotApplicable: Assert.Ignore(result.Message ?? "not applicable"); break;
            default: Assert.Fail($"{result.Verdict.ToWireName()}: {result.Message}"); break;
        }
    }
}
