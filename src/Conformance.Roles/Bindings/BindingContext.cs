using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;

namespace Conformance.Roles.Bindings;

/// <summary>What the harness hands a binding for one run: whom it plays against, the run's one clock and its evidence.</summary>
/// <param name="SystemUnderTest">The system under test (the embedded default: every role the harness's own).</param>
/// <param name="Clock">Every role, receiver and simulation the binding starts takes its time from <see cref="RunClock.Time"/>.</param>
/// <param name="Evidence">Every message the binding sends or receives is appended here before anything judges it.</param>
/// <param name="ReportDirectory">reports/&lt;run-id&gt;/: where the binding writes files an operator needs (certificates).</param>
/// <param name="Announce">One line for the operator (the CLI prints it, a library caller logs it): what to install or where to connect.</param>
public sealed record BindingContext(
    SystemUnderTestDescription SystemUnderTest,
    RunClock Clock,
    EvidenceLog Evidence,
    string ReportDirectory,
    Action<string> Announce)
{
    /// <summary>
    /// States a condition the whole run was made under that the operator and every reader of its reports must know, e.g.
    /// a development switch of a role the harness plays that the specification would not allow: announced at once and
    /// listed in every report of the run (summary.json <c>conditions</c>, the Allure environment).
    /// </summary>
    public Action<string> StateCondition { get; init; } = _ => { };
}
