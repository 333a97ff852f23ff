using System.Reflection;

namespace Conformance.Roles.Bindings;

/// <summary>
/// A protocol binding: plays the roles of IEC 62746 over one protocol's wire (OpenADR 3.1, later OpenADR 2.0b, S2).
/// A run uses the binding its system-under-test file names (or the embedded default's); a scenario tagged
/// <c>@binding:&lt;name&gt;</c> for another binding is not applicable to that run.
/// </summary>
public interface IBinding
{
    /// <summary>The binding's name in tags (<c>@binding:openadr3</c>) and in the system-under-test file's <c>binding</c>.</summary>
    string Name { get; }

    /// <summary>The binding's protocol-specific step definitions (its sequence-diagram features), loaded beside the use-case steps.</summary>
    IReadOnlyList<Assembly> StepAssemblies { get; }

    /// <summary>The binding's section of the system-under-test file: its schema and its reader (by default none: an empty section).</summary>
    IBindingSection Section => NoSection.Instance;

    /// <summary>Starts what the binding plays in one run. Its roles start lazily, on first use by a step.</summary>
    Task<IBindingSession> StartAsync(BindingContext context, CancellationToken ct);
}
