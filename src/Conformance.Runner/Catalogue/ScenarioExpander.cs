using Gherkin;
using Gherkin.Ast;

namespace Conformance.Runner.Catalogue;

/// <summary>
/// Turns a parsed feature into runnable scenarios, as Reqnroll's generator would: Background steps in front
/// (the Feature's, then the Rule's), one case per Examples row with its placeholders filled in, and tags inherited
/// from Feature, Rule and Examples.
/// </summary>
internal static class ScenarioExpander
{
    public static IEnumerable<ScenarioCase> Expand(Feature feature, string file)
    {
        var header = new FeatureHeader(feature.Name, Clean(feature.Description), TagNames(feature.Tags), file, feature.Language);
        var background = feature.Children.OfType<Background>().SelectMany(b => b.Steps).ToList();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Scenario scenario:
                    foreach (var @case in ExpandScenario(header, null, background, scenario)) yield return @case;
                    break;
                case Rule rule:
                    var ruleHeader = new RuleHeader(rule.Name, Clean(rule.Description), TagNames(rule.Tags));
                    var ruleBackground = background.Concat(rule.Children.OfType<Background>().SelectMany(b => b.Steps)).ToList();
                    foreach (var scenario in rule.Children.OfType<Scenario>())
                        foreach (var @case in ExpandScenario(header, ruleHeader, ruleBackground, scenario)) yield return @case;
                    break;
            }
        }
    }

    private static IEnumerable<ScenarioCase> ExpandScenario(
        FeatureHeader feature, RuleHeader? rule, IReadOnlyList<Step> background, Scenario scenario)
    {
        var inherited = feature.Tags.Concat(rule?.Tags ?? []).ToList();
        var own = TagNames(scenario.Tags);
        var examples = scenario.Examples.Where(e => e.TableHeader is not null).ToList();
        if (examples.Count == 0)
        {
            yield return new ScenarioCase
            {
                Id = $"{feature.File}:{scenario.Location.Line}",
                Feature = feature,
                Rule = rule,
                Title = scenario.Name,
                Description = Clean(scenario.Description),
                OwnTags = own,
                Tags = Distinct(inherited.Concat(own)),
                Steps = Steps(background.Concat(scenario.Steps), NoSubstitution),
                Line = scenario.Location.Line,
                ScenarioLine = scenario.Location.Line,
            };
            yield break;
        }
        foreach (var block in examples)
        {
            var columns = block.TableHeader.Cells.Select(c => c.Value).ToList();
            var blockTags = own.Concat(TagNames(block.Tags)).ToList();
            foreach (var row in block.TableBody)
            {
                var values = columns.Zip(row.Cells.Select(c => c.Value), (k, v) => new KeyValuePair<string, string>(k, v)).ToList();
                string Fill(string text) => values.Aggregate(text, (t, kv) => t.Replace($"<{kv.Key}>", kv.Value, StringComparison.Ordinal));
                yield return new ScenarioCase
                {
                    Id = $"{feature.File}:{row.Location.Line}",
                    Feature = feature,
                    Rule = rule,
                    Title = Fill(scenario.Name),
                    Description = Clean(scenario.Description),
                    RowLabel = "[" + string.Join(", ", values.Select(kv => $"{kv.Key}={kv.Value}")) + "]",
                    Arguments = values,
                    OwnTags = blockTags,
                    Tags = Distinct(inherited.Concat(blockTags)),
                    Steps = Steps(background, NoSubstitution).Concat(Steps(scenario.Steps, Fill)).ToList(),
                    Line = row.Location.Line,
                    ScenarioLine = scenario.Location.Line,
                };
            }
        }
    }

    private static string NoSubstitution(string text) => text;

    private static List<ScenarioStep> Steps(IEnumerable<Step> steps, Func<string, string> fill)
    {
        var result = new List<ScenarioStep>();
        var previous = StepKeyword.Given;
        foreach (var step in steps)
        {
            previous = step.KeywordType switch
            {
                StepKeywordType.Context => StepKeyword.Given,
                StepKeywordType.Action => StepKeyword.When,
                StepKeywordType.Outcome => StepKeyword.Then,
                _ => previous, // And, But and '*' continue the block they stand in
            };
            var table = step.Argument is DataTable dataTable
                ? dataTable.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => fill(c.Value)).ToList()).ToList()
                : null;
            var docString = step.Argument is DocString doc ? fill(doc.Content) : null;
            result.Add(new ScenarioStep(step.Keyword.Trim(), previous, fill(step.Text), table, docString, step.Location.Line));
        }
        return result;
    }

    private static List<string> TagNames(IEnumerable<Tag> tags) => tags.Select(t => t.Name.TrimStart('@')).ToList();

    private static List<string> Distinct(IEnumerable<string> tags) => tags.Distinct(StringComparer.Ordinal).ToList();

    private static string Clean(string? description) =>
        string.Join('\n', (description ?? "").Split('\n').Select(l => l.Trim())).Trim();
}
