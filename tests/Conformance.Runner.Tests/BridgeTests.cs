using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;
using Conformance.Runner.Filtering;
using Conformance.Runner.Tests.Bindings;

namespace Conformance.Runner.Tests;

/// <summary>The bridge as users see it: sample features run through Reqnroll and come back as verdicts.</summary>
public class BridgeTests
{
    private static readonly string SamplesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples");
    private FeatureCatalogue _catalogue = null!;

    [OneTimeSetUp]
    public void LoadSamples() => _catalogue = FeatureCatalogue.Load(SamplesDirectory);

    private async Task<ScenarioResult> Run(string title)
    {
        var scenario = _catalogue.Scenarios.Single(s => s.DisplayName == title);
        await using var bridge = new ScenarioBridge(typeof(SampleSteps).Assembly);
        return await bridge.RunAsync(scenario);
    }

    [Test]
    public void Outline_rows_become_one_case_each_named_feature_scenario_row()
    {
        _catalogue.Scenarios.Where(s => s.Title == "Eating several apples").Select(s => s.DisplayName).Should().Equal(
            "Basket: Eating several apples [eaten=1, left=2]",
            "Basket: Eating several apples [eaten=2, left=1]",
            "Basket: Eating several apples [eaten=1, left=5]");
    }

    [Test]
    public void Tags_are_inherited_from_feature_rule_scenario_and_examples()
    {
        var row = _catalogue.Scenarios.First(s => s.Title == "Eating several apples");
        row.Tags.Should().BeEquivalentTo("sample", "JWG1100", "outline", "fast");
        row.UseCaseIds.Should().Equal("JWG1100");
    }

    [Test]
    public void Background_steps_come_first_and_placeholders_are_filled()
    {
        var row = _catalogue.Scenarios.First(s => s.Title == "Eating several apples");
        row.Steps.Select(s => $"{s.Keyword} {s.Text}").Should()
            .Equal("Given a basket with 3 apples", "When I eat 1 apples", "Then the basket holds 2 apples");
    }

    [Test]
    public void A_syntax_error_names_file_and_line_and_the_other_features_still_load()
    {
        _catalogue.Errors.Should().ContainSingle().Which.Should().Match<FeatureParseError>(e =>
            e.File == "Samples/broken.feature" && e.Line == 5);
        _catalogue.Scenarios.Should().Contain(s => s.Feature.Title == "Basket");
    }

    [TestCase("sample and not outline", 2)]
    [TestCase("@fast", 2)]
    [TestCase("outline or hooked", 4)]
    [TestCase("not (sample or outcomes)", 0)]
    public void Tag_expressions_select_scenarios(string expression, int expected) =>
        _catalogue.Scenarios.Count(s => TagExpression.Parse(expression).Matches(s.Tags)).Should().Be(expected);

    [TestCase("sample and")]
    [TestCase("(sample")]
    [TestCase("and sample")]
    public void A_malformed_tag_expression_says_what_is_wrong(string expression) =>
        FluentActions.Invoking(() => TagExpression.Parse(expression)).Should().Throw<FormatException>()
            .WithMessage($"tag expression '{expression}': *");

    [Test]
    public async Task A_passing_scenario_passes_every_step()
    {
        var result = await Run("Basket: Eating one apple");
        result.Verdict.Should().Be(Verdict.Pass, result.Message);
        result.Steps.Select(s => s.Status).Should().AllBeEquivalentTo(StepStatus.Passed);
    }

    [Test]
    public async Task An_outline_row_fails_at_its_then_step_with_expected_and_actual()
    {
        var result = await Run("Basket: Eating several apples [eaten=1, left=5]");
        result.Verdict.Should().Be(Verdict.Fail);
        result.Message.Should().Be("Step 'Then the basket holds 5 apples' (line 15): Expected 5 apples, but the basket holds 2");
    }

    [Test]
    public async Task Tables_doc_strings_custom_parameter_types_and_rule_backgrounds_reach_the_bindings()
    {
        var result = await Run("Basket: A table of items");
        result.Verdict.Should().Be(Verdict.Pass, result.Message);
    }

    [Test]
    public async Task An_undefined_step_is_an_error_with_a_ready_to_paste_snippet()
    {
        var result = await Run("Outcomes: An undefined step");
        result.Verdict.Should().Be(Verdict.Error);
        var step = result.Steps[1];
        step.Status.Should().Be(StepStatus.Undefined);
        step.Message.Should().Be("no step definition matches 'When nobody has defined this step with 7 apples'");
        step.Detail.Should().Contain("[When(").And.Contain("public void");
        result.Steps[2].Status.Should().Be(StepStatus.Skipped);
    }

    [Test]
    public async Task An_ambiguous_step_names_both_bindings()
    {
        var result = await Run("Outcomes: An ambiguous step");
        result.Verdict.Should().Be(Verdict.Error);
        result.Steps[0].Status.Should().Be(StepStatus.Ambiguous);
        result.Steps[0].Message.Should().Contain("AmbiguousOne").And.Contain("AmbiguousTwo");
    }

    [Test]
    public async Task An_inconclusive_check_makes_the_scenario_inconclusive()
    {
        var result = await Run("Outcomes: An inconclusive check");
        result.Verdict.Should().Be(Verdict.Inconclusive);
        result.Message.Should().Contain("does not declare capability 'webhooks'");
    }

    [Test]
    public async Task An_unexpected_exception_is_a_harness_error_not_a_fail()
    {
        var result = await Run("Outcomes: A harness fault");
        result.Verdict.Should().Be(Verdict.Error);
        result.Steps[0].Detail.Should().Contain(nameof(InvalidOperationException));
    }

    [Test]
    public async Task A_tag_scoped_hook_runs_before_the_steps_and_after_scenario_hooks_run()
    {
        SampleSteps.AfterScenarioLog.Clear();
        var result = await Run("Outcomes: A tagged hook runs before the steps");
        result.Verdict.Should().Be(Verdict.Pass, result.Message);
        SampleSteps.AfterScenarioLog.Should().Equal("A tagged hook runs before the steps");
    }

    [Test]
    public async Task Steps_after_a_failed_step_are_skipped_and_the_verdict_stays_fail()
    {
        var result = await Run("Outcomes: A failing step skips the rest");
        result.Verdict.Should().Be(Verdict.Fail);
        result.Steps.Select(s => s.Status).Should().Equal(StepStatus.Passed, StepStatus.Failed, StepStatus.Skipped, StepStatus.Skipped);
    }

    [Test]
    public async Task An_ignored_scenario_is_not_applicable_and_not_run()
    {
        var result = await Run("Outcomes: An ignored scenario");
        result.Verdict.Should().Be(Verdict.NotApplicable);
    }

    [Test]
    public async Task One_bridge_runs_scenarios_of_several_features_in_turn()
    {
        await using var bridge = new ScenarioBridge(typeof(SampleSteps).Assembly);
        var verdicts = new List<Verdict>();
        foreach (var scenario in _catalogue.Scenarios.Where(s => s.Title is "Eating one apple" or "An inconclusive check" or "A table of items"))
            verdicts.Add((await bridge.RunAsync(scenario)).Verdict);
        verdicts.Should().Equal(Verdict.Pass, Verdict.Pass, Verdict.Inconclusive);
    }
}
