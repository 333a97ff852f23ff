using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;

namespace Conformance.Reporting.Tests;

public class RunVerdictTests
{
    [Test]
    public void The_run_verdict_is_the_worst_scenario_verdict()
    {
        SampleRun.Report().RunVerdict.Should().Be(Verdict.Error);
        SampleRun.Report(
            [SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null), SampleRun.Result(Verdict.NotApplicable, SampleRun.Reports, 20, "n/a")])
            .RunVerdict.Should().Be(Verdict.Pass);
    }

    [Test]
    public void A_run_without_scenarios_is_an_error()
    {
        SampleRun.Report([]).RunVerdict.Should().Be(Verdict.Error);
    }

    [Test]
    public void A_feature_that_could_not_be_read_makes_the_run_an_error()
    {
        SampleRun.Report([SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null)], [new FeatureParseError("a.feature", 1, 1, "bad")])
            .RunVerdict.Should().Be(Verdict.Error);
    }

    [Test]
    public void The_harness_knows_its_version_and_commit()
    {
        HarnessIdentity.Current.Version.Should().NotBeNullOrWhiteSpace();
        HarnessIdentity.Current.Commit.Should().NotBeNullOrWhiteSpace();
    }
}
