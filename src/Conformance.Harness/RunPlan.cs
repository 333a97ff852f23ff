using System.Reflection;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Filtering;

namespace Conformance.Harness;

/// <summary>
/// Everything a run needs, already read and checked by its caller (the CLI, the NUnit entry, a web UI): whom to test,
/// which scenarios, the bindings the harness offers and the protocol-neutral step assemblies.
/// </summary>
/// <param name="SystemUnderTest">The system under test; its <see cref="SystemUnderTestDescription.Binding"/> picks the binding.</param>
/// <param name="Features">The feature files read; their parse errors go into every report.</param>
/// <param name="Bindings">The protocol bindings available; the run uses the one the system under test names.</param>
/// <param name="OutputDirectory">The run writes reports/&lt;run-id&gt;/ under here.</param>
public sealed record RunPlan(
    SystemUnderTestDescription SystemUnderTest, FeatureCatalogue Features, IReadOnlyList<IBinding> Bindings, string OutputDirectory)
{
    /// <summary>Selects the scenarios to run; all when empty.</summary>
    public TagExpression Tags { get; init; } = TagExpression.All;

    /// <summary>Narrows the run to the scenarios at these places (<c>features/x.feature:14</c>); all when empty.</summary>
    public IReadOnlyList<ScenarioLocation> Locations { get; init; } = [];

    /// <summary>Narrows the run to the scenarios whose name ("Feature: Scenario [row]") matches; all when null.</summary>
    public System.Text.RegularExpressions.Regex? Name { get; init; }

    /// <summary>Tags, locations and name together.</summary>
    public ScenarioFilter Filter => new() { Tags = Tags, Locations = Locations, Name = Name };

    /// <summary>The use-case step definitions, loaded with the binding's own <see cref="IBinding.StepAssemblies"/>.</summary>
    public IReadOnlyList<Assembly> StepAssemblies { get; init; } = [];

    /// <summary>The most one scenario may take (real time) before the harness cancels it; every wait inside is bounded much tighter.</summary>
    public TimeSpan ScenarioBound { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a cancelled scenario may take to return before the harness leaves it behind and goes on.</summary>
    public TimeSpan CancellationGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The scenarios the filter selects, in the catalogue's order.</summary>
    public IReadOnlyList<ScenarioCase> SelectedScenarios => Features.Scenarios.Where(Filter.Matches).ToList();
}
