using Conformance.Harness.Selection;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;

namespace Conformance.Harness.Tests;

public class ScenarioSelectionTests
{
    private static readonly SystemUnderTestDescription VenUnderTest = SystemUnderTestDescription.EmbeddedDefault with
    {
        RoleUnderTest = Role.Ven,
        Capabilities = new HashSet<string> { "polling" },
        Timing = new Dictionary<string, TimeSpan> { [TimingNames.RetrievalInterval] = TimeSpan.FromSeconds(1) },
    };

    private static ScenarioCase Tagged(params string[] tags) => new()
    {
        Id = "f.feature:3",
        Title = "S",
        Tags = tags,
        Steps = [new ScenarioStep("Given", StepKeyword.Given, "x", null, null, 4)],
        Feature = new FeatureHeader("F", "", [], "f.feature", "en"),
    };

    [Test]
    public void A_scenario_that_certifies_another_role_is_not_applicable_and_says_why() =>
        ScenarioSelection.Precondition(Tagged("certifies:vtn"), VenUnderTest, DateTimeOffset.UnixEpoch)!
            .Should().Match<Runner.Execution.ScenarioResult>(r => r.Verdict == Verdict.NotApplicable
                && r.Message == "not run: the scenario certifies the VTN; the system under test plays the VEN");

    [Test]
    public void A_scenario_that_certifies_the_role_under_test_runs() =>
        ScenarioSelection.Precondition(Tagged("certifies:ven", "requires:polling"), VenUnderTest, DateTimeOffset.UnixEpoch).Should().BeNull();

    [Test]
    public void With_no_role_under_test_every_scenario_runs() =>
        ScenarioSelection.Precondition(Tagged("certifies:vtn", "requires:mqtt"), SystemUnderTestDescription.EmbeddedDefault, DateTimeOffset.UnixEpoch)
            .Should().BeNull();

    [Test]
    public void A_missing_capability_makes_the_scenario_inconclusive() =>
        ScenarioSelection.Precondition(Tagged("requires:mqtt"), VenUnderTest, DateTimeOffset.UnixEpoch)!.Verdict.Should().Be(Verdict.Inconclusive);

    [Test]
    public void A_scenario_longer_than_the_runs_bound_on_the_wall_clock_is_not_applicable_and_says_why() =>
        ScenarioSelection.Precondition(
                Tagged("span:24h"), SystemUnderTestDescription.EmbeddedDefault, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(10))!
            .Should().Match<Runner.Execution.ScenarioResult>(r => r.Verdict == Verdict.NotApplicable
                && r.Message!.StartsWith("not run: the scenario spans 24 h of run time, " +
                    "more than this run allows one scenario on the wall clock (10 min, time mode real)"));

    [TestCase(TimeMode.Virtual, 1)]
    [TestCase(TimeMode.Scaled, 200)]
    public void A_long_scenario_runs_when_its_span_fits_the_bound_on_the_wall_clock(TimeMode mode, double factor) =>
        ScenarioSelection.Precondition(Tagged("span:24h"), SystemUnderTestDescription.EmbeddedDefault with { Clock = new ClockSetting(mode, factor) },
            DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(10)).Should().BeNull();
}
