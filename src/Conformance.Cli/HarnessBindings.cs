using Conformance.Bindings.OpenAdr3;
using Conformance.Roles.Bindings;

namespace Conformance.Cli;

/// <summary>
/// The protocol bindings this harness ships: their names are the system-under-test file's <c>binding</c>, their sections
/// its schema's.
/// </summary>
public static class HarnessBindings
{
    public static IReadOnlyList<IBinding> All { get; } = [new OpenAdr3Binding()];
}
