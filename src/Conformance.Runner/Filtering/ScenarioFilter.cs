using System.Text.RegularExpressions;
using Conformance.Runner.Catalogue;

namespace Conformance.Runner.Filtering;

/// <summary>
/// Which scenarios a run takes: those whose tags match, that lie at one of the locations (when any are given) and whose
/// name matches the pattern (when one is given), as Cucumber's <c>--tags</c>, <c>FILE:LINE</c> and <c>--name</c> do.
/// </summary>
public sealed record ScenarioFilter
{
    public static ScenarioFilter All { get; } = new();

    public TagExpression Tags { get; init; } = TagExpression.All;

    public IReadOnlyList<ScenarioLocation> Locations { get; init; } = [];

    /// <summary>Matched against the scenario's display name ("Feature: Scenario [row]"), anywhere in it.</summary>
    public Regex? Name { get; init; }

    /// <exception cref="FormatException">A pattern that is not a regular expression; the message names it.</exception>
    public static Regex ParseName(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"--name '{pattern}' is not a regular expression: {e.Message}", e);
        }
    }

    public bool Matches(ScenarioCase scenario) =>
        Tags.Matches(scenario.Tags)
        && (Locations.Count == 0 || Locations.Any(l => l.Matches(scenario)))
        && (Name is null || Name.IsMatch(scenario.DisplayName));

    /// <summary>
    /// A location that selects nothing in <paramref name="catalogue"/> is a mistake worth one line: the file is not
    /// there, or no scenario covers the line (the message lists the lines that would).
    /// </summary>
    public string? Problem(FeatureCatalogue catalogue)
    {
        foreach (var location in Locations)
        {
            var inFile = catalogue.Scenarios.Where(location.IsFileOf).ToList();
            if (inFile.Count == 0) return $"{location}: no feature file in {catalogue.Root} is '{location.File}'";
            var uncovered = location.Lines.Where(line => !inFile.Any(s => new ScenarioLocation(location.File, [line]).Matches(s))).ToList();
            if (uncovered.Count > 0)
                return $"{location}: no scenario at line {string.Join(", ", uncovered)} (scenarios start at lines " +
                    $"{string.Join(", ", inFile.Select(s => s.Line).Distinct())})";
        }
        return null;
    }

    /// <summary>What narrows the run besides the tags, as given on the command line; null when nothing does.</summary>
    public string? Narrowing =>
        string.Join(" ", Locations.Select(l => l.ToString()).Concat(Name is null ? [] : [$"--name '{Name}'"])) is { Length: > 0 } text ? text : null;
}
