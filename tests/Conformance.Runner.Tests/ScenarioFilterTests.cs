using Conformance.Runner.Catalogue;
using Conformance.Runner.Filtering;

namespace Conformance.Runner.Tests;

/// <summary>Scenarios picked by place (FILE:LINE) and by name, as Cucumber's command line picks them.</summary>
public class ScenarioFilterTests
{
    private static readonly FeatureCatalogue Samples = FeatureCatalogue.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples"));

    private static List<string> Selected(ScenarioFilter filter) => Samples.Scenarios.Where(filter.Matches).Select(s => s.Id).ToList();

    private static ScenarioFilter At(params string[] locations) => new() { Locations = locations.Select(ScenarioLocation.Parse).ToList() };

    [Test]
    public void A_line_selects_the_scenario_it_falls_in_from_its_keyword_to_its_last_step()
    {
        Selected(At("Samples/basket.feature:8")).Should().Equal("Samples/basket.feature:8");
        Selected(At("Samples/basket.feature:10")).Should().Equal("Samples/basket.feature:8");
        Selected(At("basket.feature:36")).Should().Equal(["Samples/basket.feature:35"], "a path below the features folder names the file too");
    }

    [Test]
    public void An_outline_s_keyword_selects_all_its_rows_and_a_row_only_itself()
    {
        Selected(At("Samples/basket.feature:13"))
            .Should().Equal("Samples/basket.feature:20", "Samples/basket.feature:21", "Samples/basket.feature:25");
        Selected(At("Samples/basket.feature:21")).Should().Equal("Samples/basket.feature:21");
        Selected(At("Samples/basket.feature:20:25")).Should().Equal("Samples/basket.feature:20", "Samples/basket.feature:25");
    }

    [Test]
    public void A_file_without_a_line_selects_all_its_scenarios_and_an_absolute_path_works()
    {
        var absolute = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples", "basket.feature");
        Selected(At(absolute)).Should().HaveCount(5).And.OnlyContain(id => id.StartsWith("Samples/basket.feature:", StringComparison.Ordinal));
    }

    [Test]
    public void A_name_pattern_matches_anywhere_in_the_display_name_and_tags_still_apply()
    {
        var filter = new ScenarioFilter { Name = ScenarioFilter.ParseName("several apples"), Tags = TagExpression.Parse("@fast") };
        Selected(filter).Should().Equal("Samples/basket.feature:20", "Samples/basket.feature:21");
        filter.Narrowing.Should().Be("--name 'several apples'");
    }

    [Test]
    public void A_place_that_selects_nothing_says_why_in_one_line()
    {
        At("Samples/basket.feature:3").Problem(Samples).Should().Be(
            "Samples/basket.feature:3: no scenario at line 3 (scenarios start at lines 8, 20, 21, 25, 35)");
        At("Samples/apples.feature:8").Problem(Samples).Should().StartWith("Samples/apples.feature:8: no feature file in ")
            .And.EndWith("is 'Samples/apples.feature'");
        At("Samples/basket.feature:8").Problem(Samples).Should().BeNull();
    }

    [Test]
    public void A_malformed_place_or_pattern_is_a_format_error_naming_it()
    {
        var line = () => ScenarioLocation.Parse("basket.feature:eight");
        line.Should().Throw<FormatException>().WithMessage("'basket.feature:eight': 'eight' is not a line number (expected FILE.feature[:LINE...])");
        var name = () => ScenarioFilter.ParseName("(unclosed");
        name.Should().Throw<FormatException>().WithMessage("--name '(unclosed' is not a regular expression: *");
    }
}
