namespace Conformance.Runner.Catalogue;

/// <summary>
/// One runnable scenario: a Scenario, or one Examples row of a Scenario Outline, with its Background steps in
/// front and its placeholders filled in. What NUnit offers as one test case and the CLI runs as one unit.
/// </summary>
public sealed record ScenarioCase
{
    /// <summary>Stable id: "features/grid/event-distribution.feature:14" (the Examples row's line for outlines).</summary>
    public required string Id { get; init; }

    public required FeatureHeader Feature { get; init; }
    public RuleHeader? Rule { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>For an Examples row: "[venName=ven-1, level=2]"; empty otherwise.</summary>
    public string RowLabel { get; init; } = "";

    /// <summary>The Examples row's values by column, in order (empty for a plain Scenario).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; init; } = [];

    /// <summary>The scenario's own tags and its Examples' tags, without '@'.</summary>
    public IReadOnlyList<string> OwnTags { get; init; } = [];

    /// <summary>Feature, Rule, Scenario and Examples tags together, without '@'.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public required IReadOnlyList<ScenarioStep> Steps { get; init; }

    /// <summary>The line of the case: the Scenario's keyword, or the Examples row for an outline.</summary>
    public int Line { get; init; }

    /// <summary>The line of the Scenario (Outline) keyword, the same for every row of an outline.</summary>
    public int ScenarioLine { get; init; }

    /// <summary>"Feature: Scenario [row]", the name users see in NUnit and in reports.</summary>
    public string DisplayName => $"{Feature.Title}: {Title}{(RowLabel.Length == 0 ? "" : " " + RowLabel)}";

    /// <summary>Use case and pattern IDs among the tags (e.g. JWG1100, TS62746-3-Fig17).</summary>
    public IEnumerable<string> UseCaseIds => Tags.Where(UseCaseId.IsUseCaseId);
}

public sealed record FeatureHeader(string Title, string Description, IReadOnlyList<string> Tags, string File, string Language);

public sealed record RuleHeader(string Title, string Description, IReadOnlyList<string> Tags);

/// <param name="KeywordType">Given, When or Then: an And/But step takes the type of the step before it.</param>
/// <param name="Table">A data table, first row the header; null when the step has none.</param>
public sealed record ScenarioStep(
    string Keyword, StepKeyword KeywordType, string Text, IReadOnlyList<IReadOnlyList<string>>? Table, string? DocString, int Line);

public enum StepKeyword
{
    Given,
    When,
    Then,
}

public static class UseCaseId
{
    /// <summary>IEC TR 62746-2 use case IDs (JWG…, WGSP…), IEC TS 62746-3 pattern IDs (TS62746-3-…) and OpenADR 3.1
    /// sequence diagrams (OADR31-…).</summary>
    public static bool IsUseCaseId(string tag) =>
        tag.StartsWith("JWG", StringComparison.Ordinal) || tag.StartsWith("WGSP", StringComparison.Ordinal)
        || tag.StartsWith("TS62746-3-", StringComparison.Ordinal) || tag.StartsWith("OADR31-", StringComparison.Ordinal);
}
