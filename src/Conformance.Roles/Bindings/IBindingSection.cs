using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Model.SystemUnderTest;

namespace Conformance.Roles.Bindings;

/// <summary>
/// A binding's section of the system-under-test file: the top-level field named after the binding
/// (<c>"openadr3": { … }</c>), which says how to reach the system under test over the binding's wire. The harness
/// composes the file's JSON Schema from the core's and each section's (<see cref="SystemUnderTestSchema"/>), validates
/// the file against it, reads the core, and then has the run's binding read its section (<see cref="SystemUnderTestLoader"/>).
/// </summary>
public interface IBindingSection
{
    /// <summary>
    /// The JSON Schema (draft-07) of the section's object. It may refer to the core's definitions
    /// (<c>"$ref": "#/definitions/duration"</c>): it is placed in the composed document as the property named after the binding.
    /// </summary>
    JsonObject Schema { get; }

    /// <summary>
    /// Top-level fields of files written before the file had sections, by name, with their schemas: read as the
    /// section's own (with field names as they stand, at the root) when the file has no section. Empty: none.
    /// </summary>
    JsonObject LegacySchema => [];

    /// <summary>
    /// Reads the section (or, for an older file, its fields at the root; or nothing, when the file has neither) into
    /// the binding's own settings, which the run carries as <see cref="SystemUnderTestDescription.BindingSection"/>.
    /// Every problem is a <see cref="ConfigurationException"/> made by <see cref="BindingSectionInput.Reader"/>.
    /// </summary>
    object? Read(BindingSectionInput input);
}

/// <summary>What a binding reads its section from.</summary>
/// <param name="Core">The core of the file, already read (role under test, timing, capabilities).</param>
/// <param name="Element">The object holding the section's fields: the section, or the file's root for an older file; null when the
/// file has neither.</param>
/// <param name="Prefix">The path of <paramref name="Element"/> for field names in errors, with a trailing dot: "openadr3." for the
/// section, "" for the root.</param>
/// <param name="IsLegacy">Whether the fields stand at the root, as in files written before the file had sections.</param>
/// <param name="Reader">Reads fields with errors naming the file, the line and the field; resolves paths against the file's folder.</param>
public sealed record BindingSectionInput(
    SystemUnderTestDescription Core, JsonElement? Element, string Prefix, bool IsLegacy, ConfigurationReader Reader);

/// <summary>The section of a binding that needs nothing from the file: an empty object, read as null.</summary>
public sealed class NoSection : IBindingSection
{
    public static NoSection Instance { get; } = new();

    public JsonObject Schema => new() { ["type"] = "object", ["additionalProperties"] = false };

    public object? Read(BindingSectionInput input)
    {
        if (input.Element is { } element && !input.IsLegacy) input.Reader.OnlyKnown(element, [], input.Prefix);
        return null;
    }
}
