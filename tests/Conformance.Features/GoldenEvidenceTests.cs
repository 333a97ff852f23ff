using System.Runtime.CompilerServices;
using Conformance.Bindings.OpenAdr3;
using Conformance.Evidence.Log;
using Conformance.Features.Golden;
using Conformance.Harness;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;

namespace Conformance.Features;

/// <summary>
/// The evidence of one scenario, by shape, against a reviewed file beside this test: the event-distribution
/// scenario (its first Examples row) on the embedded default. A change to what is recorded, or to what a scenario
/// sends, shows here as a diff. When the change is meant, regenerate the file and review its diff:
/// <c>CONFORMANCE_UPDATE_GOLDEN=1 dotnet test tests/Conformance.Features --filter FullyQualifiedName~GoldenEvidenceTests</c>.
/// </summary>
[TestFixture]
public sealed class GoldenEvidenceTests
{
    public const string UpdateVariable = "CONFORMANCE_UPDATE_GOLDEN";
    private const string GoldenName = "event-distribution.evidence.jsonl";

    [Test]
    public async Task The_event_distribution_scenario_records_the_reviewed_shape_of_evidence()
    {
        var output = Path.Combine(Path.GetTempPath(), "conformance-features", Guid.NewGuid().ToString("N"));
        var plan = FeatureScenarios.Plan(SystemUnderTestDescription.EmbeddedDefault, new OpenAdr3Binding(), output);
        var scenario = plan.Features.Scenarios.First(s => s.Feature.File.EndsWith("event-distribution.feature", StringComparison.Ordinal));
        IReadOnlyList<EvidenceRecord> records;
        await using (var run = await ConformanceRun.StartAsync(plan))
        {
            var result = await run.RunScenarioAsync(scenario);
            result.Verdict.Should().Be(Verdict.Pass, result.Message);
            records = run.Evidence.Snapshot();
        }
        var actual = EvidenceShape.Of(records);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var source = SourceGoldenFile();
            await File.WriteAllLinesAsync(source, actual);
            Assert.Inconclusive($"{UpdateVariable}=1: wrote {actual.Count} lines to {source}; review its diff and commit it");
        }
        var expected = await File.ReadAllLinesAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", GoldenName));
        var diff = EvidenceShape.Diff(expected, actual);
        if (diff is not null)
            Assert.Fail($"The evidence's shape differs from Golden/{GoldenName} (- reviewed, + this run). " +
                $"If the change is meant, run with {UpdateVariable}=1 and review the file's diff.{Environment.NewLine}{diff}");
    }

    private static string SourceGoldenFile([CallerFilePath] string thisFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"the test's source directory is not here ({directory}): regenerate from a checkout");
        return Path.Combine(directory, GoldenName);
    }
}
