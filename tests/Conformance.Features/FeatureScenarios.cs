using Conformance.Bindings.OpenAdr3;
using Conformance.Harness;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Steps.UseCases;

namespace Conformance.Features;

/// <summary>
/// Offers every scenario of features/ (every Examples row too) to NUnit as one test case named
/// "Feature: Scenario [row]", with its tags as categories, so <c>dotnet test --filter TestCategory=grid</c>
/// selects by tag. All cases are one harness run on the embedded default, as the CLI makes it: the same gating by
/// @binding, @certifies and @requires, the same bound per scenario, and its reports under the test's work directory.
/// </summary>
[TestFixture]
public sealed class FeatureScenarios
{
    private static readonly string FeaturesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "features");
    private ConformanceRun _run = null!;

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

    /// <summary>A run of the features shipped with the harness against the given OpenADR 3.1 binding, reports in a folder of its own.</summary>
    public static RunPlan Plan(SystemUnderTestDescription sut, OpenAdr3Binding binding, string outputDirectory) =>
        new(sut, FeatureCatalogue.Load(FeaturesDirectory, TestContext.CurrentContext.TestDirectory), [binding], outputDirectory)
        {
            StepAssemblies = [typeof(DomainSteps).Assembly],
        };

    [OneTimeSetUp]
    public async Task StartRun() => _run = await ConformanceRun.StartAsync(
        Plan(SystemUnderTestDescription.EmbeddedDefault, new OpenAdr3Binding(), Path.Combine(TestContext.CurrentContext.WorkDirectory, "reports")));

    [OneTimeTearDown]
    public async Task EndRun()
    {
        var result = await _run.FinishAsync();
        TestContext.Out.WriteLine($"Reports of the run: {result.ReportDirectory}");
        await _run.DisposeAsync();
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(ScenarioCase? scenario, string? syntaxError)
    {
        if (scenario is null) Assert.Fail(syntaxError ?? "no scenario");
        var result = await _run.RunScenarioAsync(scenario!);
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
