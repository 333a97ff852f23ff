using System.Reflection;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Roles;
using Conformance.Roles.Bindings;
using Microsoft.AspNetCore.Builder;

namespace Conformance.Bindings.OpenAdr3;

/// <summary>
/// The OpenADR 3.1 binding (REST/JSON, OAuth2, webhooks, MQTT): the VTN is the harness's reference VTN or the VTN under
/// test, the customer's energy manager a VEN (the reference VEN or the VEN under test), the energy service provider the
/// VTN's business logic. Its own steps judge the OpenADR 3.1 sequence diagrams (features tagged <c>@binding:openadr3</c>).
/// </summary>
/// <param name="vtnFault">
/// Middleware placed in the reference VTN's pipeline inside the evidence recording: lets a test make the VTN misbehave (and
/// the evidence show it) to prove that a scenario catches it. Null in every conformance run.
/// </param>
public sealed class OpenAdr3Binding(Action<IApplicationBuilder>? vtnFault = null) : IBinding
{
    public const string BindingName = "openadr3";

    public string Name => BindingName;

    public IReadOnlyList<Assembly> StepAssemblies { get; } = [typeof(OpenAdr3Binding).Assembly];

    /// <summary>The <c>openadr3</c> section of the system-under-test file (<see cref="OpenAdr3Settings"/>).</summary>
    public IBindingSection Section { get; } = new OpenAdr3Section();

    /// <summary>
    /// Over https the harness's VTN is started at once, so that its certificate is announced (and written to the report
    /// directory) before the first scenario: a VEN under test must trust it before it connects.
    /// </summary>
    public async Task<IBindingSession> StartAsync(BindingContext context, CancellationToken ct)
    {
        var grid = new GridDomain(context.SystemUnderTest, context.Clock, context.Evidence, vtnFault);
        await HarnessVtnCertificate.PublishAsync(grid, context, ct);
        HarnessCallbackCertificate.Publish(grid, context);
        if (!grid.VtnIsUnderTest && grid.Settings.Callbacks.IsPlainHttp)
            context.StateCondition("the harness's VTN accepted http callback URLs (--allow-http-callbacks), because harness.callbacks.scheme is " +
                "'http'; Definition.md (Webhooks) has a VTN refuse them");
        return new Session(grid, context);
    }

    /// <summary>One run's grid domain, started on first use by a step; its roles are views of it.</summary>
    private sealed class Session(GridDomain grid, BindingContext context) : IBindingSession
    {
        public RoleSet Roles { get; } = new()
        {
            EnergyServiceProvider = new OpenAdr3EnergyServiceProvider(grid, grid.Evidence),
            CustomerEnergyManager = new OpenAdr3CustomerEnergyManager(grid, grid.Evidence,
                context.SystemUnderTest.Supports(VenProvisioning.SelfEnrollment)),
        };

        public IReadOnlyList<object> Services { get; } = [grid];

        /// <summary>
        /// Before the first scenario: a VTN under test gives every harness client a token with its scopes; a VEN under
        /// test is enrolled out of band and makes its first contact within its bound.
        /// </summary>
        public async Task PreflightAsync(CancellationToken ct)
        {
            await VtnPreflight.CheckAsync(grid, ct);
            await VenFirstContact.AwaitAsync(grid, context, ct);
        }

        public ValueTask DisposeAsync() => grid.DisposeAsync();
    }
}
