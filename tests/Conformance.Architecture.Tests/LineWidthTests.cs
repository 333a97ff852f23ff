namespace Conformance.Architecture.Tests;

/// <summary>
/// Lines kept to a readable width (.editorconfig: max_line_length = 150), which no formatter enforces. The few longer
/// lines left are single descriptions inside the JSON schemas of the system-under-test file, which a break would change;
/// their number may only go down: lower <see cref="LongLinesLeft"/>, never raise it.
/// </summary>
public sealed class LineWidthTests
{
    private const int MaxLineLength = 150;

    /// <summary>Lines over the width (generated code aside): 307 when the rule was set on 2026-12-04, then wrapped.</summary>
    private const int LongLinesLeft = 5;

    [Test]
    public void No_more_lines_are_wider_than_the_rule_allows()
    {
        var longLines = Repository.Files(".cs")
            .Where(f => !f.Split('/').Contains("Generated"))
            .SelectMany(f => File.ReadLines(Path.Combine(Repository.Root, f)).Select((line, i) => (File: f, Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength)
            .ToList();
        var worst = string.Join(", ", longLines.GroupBy(l => l.File).OrderByDescending(g => g.Count()).Take(5).Select(g => $"{g.Key} ({g.Count()})"));
        longLines.Count.Should().BeLessThanOrEqualTo(LongLinesLeft,
            $"lines are kept to {MaxLineLength} characters; wrap the new ones (most are in {worst})");
    }
}
