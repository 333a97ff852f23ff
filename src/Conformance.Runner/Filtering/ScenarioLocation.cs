using Conformance.Runner.Catalogue;

namespace Conformance.Runner.Filtering;

/// <summary>
/// A scenario named by where it is, as Cucumber takes it on the command line: <c>features/grid/x.feature:14</c>
/// (several lines: <c>x.feature:14:30</c>; no line: every scenario of the file). A line selects the scenario it
/// falls in, from its keyword to its last step; an outline's keyword or steps select all its rows, an Examples row
/// only itself.
/// </summary>
public sealed record ScenarioLocation(string File, IReadOnlyList<int> Lines)
{
    /// <exception cref="FormatException">A line that is not a positive number; the message names it.</exception>
    public static ScenarioLocation Parse(string text)
    {
        var parts = text.Trim().Replace('\\', '/').Split(':');
        // A Windows drive letter ("C:/...") is part of the path, not a line.
        var pathParts = parts.Length > 1 && parts[0].Length == 1 && char.IsLetter(parts[0][0]) ? 2 : 1;
        var file = string.Join(':', parts.Take(pathParts));
        var lines = new List<int>();
        foreach (var part in parts.Skip(pathParts))
            lines.Add(int.TryParse(part, out var line) && line > 0
                ? line
                : throw new FormatException($"'{text}': '{part}' is not a line number (expected FILE.feature[:LINE...])"));
        if (file.Length == 0) throw new FormatException($"'{text}': no feature file before the line number");
        return new ScenarioLocation(file, lines);
    }

    public bool IsFileOf(ScenarioCase scenario)
    {
        // Ids are relative to the features folder's parent ("features/grid/x.feature"); the user may give that, a
        // path below the features folder, or a longer (absolute) path ending in it.
        var feature = scenario.Feature.File;
        var file = File.StartsWith("./", StringComparison.Ordinal) ? File[2..] : File;
        return feature == file || feature.EndsWith("/" + file, StringComparison.Ordinal) || file.EndsWith("/" + feature, StringComparison.Ordinal);
    }

    public bool Matches(ScenarioCase scenario) => IsFileOf(scenario) && (Lines.Count == 0 || Lines.Any(line => Covers(scenario, line)));

    private static bool Covers(ScenarioCase scenario, int line)
    {
        if (line == scenario.Line) return true;
        var lastStep = scenario.Steps.Where(s => s.Line >= scenario.ScenarioLine).Select(s => s.Line).DefaultIfEmpty(scenario.ScenarioLine).Max();
        return line >= scenario.ScenarioLine && line <= lastStep;
    }

    public override string ToString() => Lines.Count == 0 ? File : $"{File}:{string.Join(':', Lines)}";
}
