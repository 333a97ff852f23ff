using System.Text.RegularExpressions;
using Conformance.Harness.Rules;
using Conformance.Runner.Catalogue;

namespace Conformance.Features;

/// <summary>
/// Keeps docs/openadr3-traceability.md in step with the specifications and the features: every normative sentence of
/// Definition.md and of the notifications document is quoted in a row, every scenario a row names exists, every
/// `@rule:` tag names a row that names its scenario, and every scenario cites a rule or is an `@interpretation`.
/// Only a reference marked "(planned)" may name a scenario that is not there yet.
/// </summary>
public sealed partial class TraceabilityTests
{
    private static readonly string Root = TestContext.CurrentContext.TestDirectory;
    private static readonly Lazy<Traceability> Document =
        new(() => Traceability.Parse(File.ReadAllLines(Path.Combine(Root, "docs", "openadr3-traceability.md"))));
    private static readonly Lazy<FeatureCatalogue> Features = new(() => FeatureCatalogue.Load(Path.Combine(Root, "features"), Root));

    [TestCase("specs/openadr3/3.1.0/Definition.md")]
    [TestCase("specs/openadr3/doc/OpenADR3-Object-Operation-Notifications-via-Additional-Protocols.md")]
    public void Every_normative_sentence_is_quoted_in_a_row(string specification)
    {
        var sentences = NormativeSentences(File.ReadAllLines(Path.Combine(Root, specification))).ToList();

        sentences.Should().NotBeEmpty();
        sentences.Where(s => !Document.Value.Rows.Any(row => row.Quotes.Any(quote => quote.IsIn(s))))
            .Should().BeEmpty($"each sentence of {specification} with a keyword has a row quoting it in docs/openadr3-traceability.md");
    }

    [Test]
    public void Every_row_has_an_id_of_its_own_and_a_quote()
    {
        Document.Value.Rows.Should().HaveCountGreaterThan(60);
        Document.Value.Rows.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
        Document.Value.Rows.Where(r => r.Quotes.Count == 0).Select(r => r.Id).Should().BeEmpty();
    }

    [Test]
    public void Every_scenario_the_document_names_exists_unless_it_is_planned()
    {
        Features.Value.Errors.Should().BeEmpty();
        var missing = Document.Value.References.Where(r => !r.Planned)
            .Where(r => !Features.Value.Scenarios.Any(s => s.Feature.File == r.Feature && (r.Scenario is null || s.Title == r.Scenario)))
            .Select(r => $"{r.Feature}: \"{r.Scenario}\"");

        missing.Should().BeEmpty("a scenario named in the document is in features/ (or marked '(planned)')");
    }

    [Test]
    public void Every_rule_tag_names_a_row_that_names_its_scenario()
    {
        var untraced = Features.Value.Scenarios
            .SelectMany(s => ScenarioRules.Of(s).Select(id => (Scenario: s, Id: id)))
            .Where(t => !Document.Value.Rows.Any(row => row.Id == t.Id && row.Names(t.Scenario.Feature.File, t.Scenario.Title)))
            .Select(t => $"@rule:{t.Id} on {t.Scenario.Feature.File}: \"{t.Scenario.Title}\"")
            .Distinct();

        untraced.Should().BeEmpty("the row of each rule a scenario is tagged with names that scenario");
    }

    [Test]
    public void Every_scenario_cites_a_rule_or_is_an_interpretation_named_in_the_document()
    {
        var scenarios = Features.Value.Scenarios;

        scenarios.Where(s => ScenarioRules.Of(s).Count == 0 && !ScenarioRules.IsInterpretation(s))
            .Select(s => $"{s.Feature.File}: \"{s.Title}\"").Distinct()
            .Should().BeEmpty("a fail must cite its rule: tag the scenario @rule:<id> or @interpretation");
        scenarios.Where(ScenarioRules.IsInterpretation)
            .Where(s => !Document.Value.References.Any(r => r.Feature == s.Feature.File && r.Scenario == s.Title))
            .Select(s => $"{s.Feature.File}: \"{s.Title}\"").Distinct()
            .Should().BeEmpty("every @interpretation is listed in the document with its reading");
    }

    /// <summary>The sentences of a Markdown specification that hold a keyword, with emphasis, code marks and HTML left out.</summary>
    private static IEnumerable<string> NormativeSentences(IEnumerable<string> lines)
    {
        var blocks = new List<List<string>> { new() };
        var inCode = false;
        foreach (var line in lines)
        {
            var text = line.Trim();
            if (text.StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
            if (inCode || text.StartsWith("```", StringComparison.Ordinal)) continue;
            if (text.Length == 0 || BlockStart().IsMatch(text)) blocks.Add([]);
            blocks[^1].Add(text);
            if (text.StartsWith('#')) blocks.Add([]); // a heading is no part of the paragraph under it
        }
        return blocks.Select(b => Quote.Normalize(string.Join(' ', b)))
            .SelectMany(b => SentenceEnd().Split(b))
            .Where(s => Keyword().IsMatch(s));
    }

    [GeneratedRegex(@"^(#|[*-] |\d+\. |<li>|\|)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED)\b")]
    private static partial Regex Keyword();
}
