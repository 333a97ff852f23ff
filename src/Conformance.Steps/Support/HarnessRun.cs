using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;
using Conformance.Steps.Drivers;
using Microsoft.AspNetCore.Builder;
using Reqnroll.BoDi;

namespace Conformance.Steps.Support;

/// <summary>
/// The objects that live as long as one conformance run: the system under test, the run clock, the evidence log
/// and the role drivers. The CLI and the NUnit entry point both build one and hand it to the bridge, which
/// registers it for Reqnroll's context injection.
/// </summary>
public sealed class HarnessRun : IAsyncDisposable
{
    /// <param name="vtnFault">A deliberate fault in the reference VTN, for tests of the features themselves (see <see cref="GridDomain"/>).</param>
    public HarnessRun(SystemUnderTestDescription systemUnderTest, RunClock clock, EvidenceLog evidence, Action<IApplicationBuilder>? vtnFault = null)
    {
        (SystemUnderTest, Clock, Evidence) = (systemUnderTest, clock, evidence);
        Grid = new GridDomain(systemUnderTest, clock, evidence, vtnFault);
    }

    public SystemUnderTestDescription SystemUnderTest { get; }
    public RunClock Clock { get; }
    public EvidenceLog Evidence { get; }

    /// <summary>The grid side (VTN, VEN, business logic), started on first use and kept for the whole run.</summary>
    public GridDomain Grid { get; }

    public void Register(IObjectContainer container)
    {
        container.RegisterInstanceAs(this);
        container.RegisterInstanceAs(SystemUnderTest);
        container.RegisterInstanceAs(Clock);
        container.RegisterInstanceAs(Evidence);
        container.RegisterInstanceAs(Grid);
    }

    public ValueTask DisposeAsync() => Grid.DisposeAsync();
}
