using System.Text.Json;
using Conformance.Model.SystemUnderTest;

namespace Conformance.Roles.Bindings;

/// <summary>
/// Reads a system-under-test file for a harness with <c>bindings</c>: validates it against the composed schema
/// (<see cref="SystemUnderTestSchema"/>), reads the core (<see cref="SystemUnderTestFile"/>), and has the binding the
/// file names read its section (<see cref="IBindingSection"/>). The first problem, in the order of the file's lines, is a
/// <see cref="ConfigurationException"/> naming the file, the line and the field.
/// </summary>
public static class SystemUnderTestLoader
{
    public static SystemUnderTestDescription Load(string path, IReadOnlyList<IBinding> bindings)
    {
        var (reader, document) = ConfigurationReader.Open(path);
        document.Dispose();
        if (SystemUnderTestSchema.Validate(reader, SystemUnderTestSchema.Compose(bindings)) is [var first, ..]) throw first;

        var sectionFields = bindings.SelectMany(b => b.Section.LegacySchema.Select(p => p.Key).Prepend(b.Name)).Distinct().ToList();
        var file = SystemUnderTestFile.Read(path, sectionFields);
        var core = file.Core;
        var f = file.Reader;
        var binding = bindings.FirstOrDefault(b => b.Name == core.Binding)
            ?? throw f.Error("binding",
                $"'{core.Binding}' is not a binding this harness has; use {string.Join(" or ", bindings.Select(b => $"'{b.Name}'"))}");

        var legacy = binding.Section.LegacySchema.Select(p => p.Key).Where(file.Has).ToList();
        foreach (var other in sectionFields.Where(file.Has).Except([binding.Name, .. legacy]))
            throw f.Error(other, $"belongs to another binding than this file's ('{binding.Name}', its 'binding')");
        var hasSection = file.Root.TryGetProperty(binding.Name, out var section);
        if (hasSection && legacy.Count > 0)
            throw f.Error(legacy[0], $"the older layout of the '{binding.Name}' section; with a '{binding.Name}' section give it there");

        var input = hasSection ? new BindingSectionInput(core, section, binding.Name + ".", false, f)
            : legacy.Count > 0 ? new BindingSectionInput(core, file.Root, "", true, f)
            : new BindingSectionInput(core, null, binding.Name + ".", false, f);
        return core with { BindingSection = binding.Section.Read(input) };
    }
}
