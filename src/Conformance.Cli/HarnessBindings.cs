using Conformance.Bindings.OpenAdr3;
using Conformance.Cli.Running;
using Conformance.Roles.Bindings;

namespace Conformance.Cli;

/// <summary>The protocol bindings this harness ships: their names are the system-under-test file's <c>binding</c>, their sections its schema's.</summary>
public static class HarnessBindings
{
    /// <remarks>OpenADR 3.1's announces the certificate of the harness's VTN for the operator (<see cref="HarnessVtnCertificate"/>).</remarks>
    public static IReadOnlyList<IBinding> All { get; } = [new HarnessVtnCertificate(new OpenAdr3Binding())];
}
