namespace Conformance.Cli.Running;

/// <summary>What <c>run</c> was asked for on the command line, before any file is read.</summary>
/// <param name="FeaturesDirectory">The features to run; null for the features shipped with the harness.</param>
/// <param name="Tags">A Cucumber tag expression selecting scenarios; null for all.</param>
/// <param name="SystemUnderTestFile">The system-under-test file; null for the embedded default (reference implementations only).</param>
/// <param name="OutputDirectory">Where reports/&lt;run-id&gt;/ is written; null for ./reports.</param>
public sealed record RunArguments(string? FeaturesDirectory, string? Tags, string? SystemUnderTestFile, string? OutputDirectory)
{
    /// <summary>The most one scenario may take before the harness cancels it; every wait inside is bounded much tighter.</summary>
    public TimeSpan ScenarioBound { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Whether to run on a virtual clock: time stands still while any role is busy and jumps to the next timer when all
    /// are idle, so a scenario that spans a simulated day takes seconds. Only when every role is the harness's own.
    /// </summary>
    public bool VirtualTime { get; init; }

    /// <summary>Scenarios by place, as Cucumber takes them: <c>features/grid/x.feature:14</c>; all when empty.</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>A regular expression the scenario's name must match; null for any.</summary>
    public string? Name { get; init; }

    /// <summary>Whether to render the HTML report with the Allure CLI after the run.</summary>
    public bool RenderHtml { get; init; } = true;
}

/// <param name="ReportDirectory">reports/&lt;run-id&gt;/, when the run got as far as writing one.</param>
public sealed record RunOutcome(int ExitCode, string? ReportDirectory);
