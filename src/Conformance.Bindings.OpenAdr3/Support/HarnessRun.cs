using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;
using Conformance.Roles.Grid;
using Microsoft.AspNetCore.Builder;
using Reqnroll.BoDi;

namespace Conformance.Bindings.OpenAdr3.Support;

/// <summary>
/// The objects that live as long as one conformance run: the system under test, the run clock, the evidence log
/// and the OpenADR 3.1 binding's session (its roles and drivers). The CLI and the NUnit entry point both build one and
/// hand it to the bridge, which registers it for Reqnroll's context injection.
/// </summary>
public sealed class HarnessRun : IAsyncDisposable
{
    private readonly IBindingSession _session;

    /// <param name="vtnFault">A deliberate fault in the reference VTN, for tests of the features themselves (see <see cref="OpenAdr3Binding"/>).</param>
    public HarnessRun(SystemUnderTestDescription systemUnderTest, RunClock clock, EvidenceLog evidence, Action<IApplicationBuilder>? vtnFault = null)
    {
        (SystemUnderTest, Clock, Evidence) = (systemUnderTest, clock, evidence);
        _session = new OpenAdr3Binding(vtnFault).StartAsync(new BindingContext(systemUnderTest, clock, evidence, "", _ => { }), CancellationToken.None).Result;
        Grid = _session.Services.OfType<Drivers.GridDomain>().Single();
    }

    public SystemUnderTestDescription SystemUnderTest { get; }
    public RunClock Clock { get; }
    public EvidenceLog Evidence { get; }

    /// <summary>The grid side (VTN, VEN, business logic), started on first use and kept for the whole run.</summary>
    public Drivers.GridDomain Grid { get; }

    public void Register(IObjectContainer container)
    {
        container.RegisterInstanceAs(this);
        container.RegisterInstanceAs(SystemUnderTest);
        container.RegisterInstanceAs(Clock);
        container.RegisterInstanceAs(Evidence);
        container.RegisterInstanceAs(Grid);
        container.RegisterInstanceAs(_session.Roles);
        container.RegisterInstanceAs(_session.Roles.EnergyServiceProvider!);
        container.RegisterInstanceAs(_session.Roles.CustomerEnergyManager!);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
