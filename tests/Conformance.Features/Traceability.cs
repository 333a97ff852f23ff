using System.Text.RegularExpressions;

namespace Conformance.Features;

/// <summary>docs/openadr3-traceability.md as data: its rows (id, quotes, the scenarios that judge) and every scenario it names.</summary>
internal sealed partial record Traceability(IReadOnlyList<TraceabilityRow> Rows, IReadOnlyList<ScenarioReference> References)
{
    public static Traceability Parse(IEnumerable<string> lines)
    {
        var tableLines = lines.Where(l => l.StartsWith('|')).ToList();
        var rows = tableLines.Select(l => Cells(l)).Where(c => c.Count == 5 && RowId().IsMatch(c[0]))
            .Select(c => new TraceabilityRow(RowId().Match(c[0]).Groups[1].Value, Quotes(c[1]), ReferencesIn(c[3]))).ToList();
        return new(rows, [.. tableLines.SelectMany(ReferencesIn)]);
    }

    private static List<string> Cells(string line) => [.. line.Trim().Trim('|').Split(" | ").Select(c => c.Trim())];

    private static List<Quote> Quotes(string cell) => [.. QuotedText().Matches(cell).Select(m => new Quote(m.Groups[1].Value))];

    // Steps are quoted in backticks and hold quotes of their own, so they are left out before scenario names are read.
    private static List<ScenarioReference> ReferencesIn(string text) =>
        [.. Reference().Matches(CodeSpan().Replace(text, "")).Select(m => new ScenarioReference(
            m.Groups["file"].Value, m.Groups["name"].Success ? m.Groups["name"].Value : null, m.Groups["planned"].Success))];

    [GeneratedRegex(@"^`([A-Z0-9]+(?:-[A-Z0-9]+)+)`$")]
    private static partial Regex RowId();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("(?<planned>\\(planned\\) )?(?<file>features/[\\w./-]+\\.feature)(?:: \"(?<name>[^\"]+)\")?")]
    private static partial Regex Reference();
}

internal sealed record TraceabilityRow(string Id, IReadOnlyList<Quote> Quotes, IReadOnlyList<ScenarioReference> JudgedBy)
{
    public bool Names(string feature, string scenario) => JudgedBy.Any(r => !r.Planned && r.Feature == feature && r.Scenario == scenario);
}

/// <param name="Scenario">The scenario's name; null when the row names only its feature file.</param>
/// <param name="Planned">Marked "(planned)": another piece of work is adding it, so it need not exist yet.</param>
internal sealed record ScenarioReference(string Feature, string? Scenario, bool Planned);

/// <summary>A short quote of a specification: its parts between "…" or "..." each stand in the sentence, in order.</summary>
internal sealed partial record Quote(string Text)
{
    public bool IsIn(string sentence)
    {
        var at = 0;
        foreach (var part in Ellipsis().Split(Normalize(Text)).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var found = sentence.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + part.Length;
        }
        return true;
    }

    /// <summary>Text as read: no Markdown emphasis, code marks, escapes or HTML tags, and single spaces.</summary>
    public static string Normalize(string text) =>
        Space().Replace(Markup().Replace(text.Replace("**", "").Replace("`", "").Replace("\\", ""), ""), " ").Trim();

    [GeneratedRegex(@"\.\.\.|…")]
    private static partial Regex Ellipsis();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
