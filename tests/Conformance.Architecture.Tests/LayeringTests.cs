using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Conformance.Architecture.Tests;

/// <summary>
/// Dependencies point one way: features -> use-case steps -> roles -> bindings -> wire; evidence, verdicts and the run
/// are protocol-neutral. Read from the project files, so a wrong reference fails here before anyone builds on it.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Every project under src/ with the projects it references (by name).</summary>
    private static readonly Lazy<Dictionary<string, string[]>> Projects = new(() =>
        Repository.Files(".csproj").Where(f => f.StartsWith("src/", StringComparison.Ordinal)).ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => XDocument.Load(Path.Combine(Repository.Root, f)).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).ToArray()));

    /// <summary>Everything a project depends on, directly or through other projects.</summary>
    private static IReadOnlySet<string> Closure(string project)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>([project]);
        while (queue.TryDequeue(out var next))
            foreach (var reference in Projects.Value.GetValueOrDefault(next, []))
                if (seen.Add(reference)) queue.Enqueue(reference);
        return seen;
    }

    [GeneratedRegex(@"^Conformance\.(Bindings\.|OpenAdr3\.)")]
    private static partial Regex ProtocolProject();

    [TestCase("Conformance.Model")]
    [TestCase("Conformance.Evidence")]
    [TestCase("Conformance.Roles")]
    [TestCase("Conformance.Steps")]
    [TestCase("Conformance.Runner")]
    [TestCase("Conformance.Reporting")]
    [TestCase("Conformance.Harness")]
    public void A_protocol_neutral_project_depends_on_no_binding_and_no_wire(string project)
    {
        Projects.Value.Should().ContainKey(project);
        Closure(project).Where(p => ProtocolProject().IsMatch(p)).Should().BeEmpty($"{project} is protocol-neutral");
    }

    [Test]
    public void The_use_case_steps_reach_the_bindings_only_through_the_roles() =>
        Projects.Value["Conformance.Steps"].Should().BeEquivalentTo(["Conformance.Model", "Conformance.Evidence", "Conformance.Roles"]);

    [Test]
    public void A_binding_depends_on_no_step_project_no_runner_and_no_entry_point()
    {
        foreach (var binding in Projects.Value.Keys.Where(p => p.StartsWith("Conformance.Bindings.", StringComparison.Ordinal)))
            Closure(binding).Should().NotContain(["Conformance.Steps", "Conformance.Runner", "Conformance.Reporting", "Conformance.Cli"],
                $"{binding} implements the roles; the run loads it, not the other way round");
    }

    [Test]
    public void The_reference_implementations_know_nothing_of_the_harness()
    {
        foreach (var project in Projects.Value.Keys.Where(p => p.StartsWith("Conformance.OpenAdr3.", StringComparison.Ordinal)))
            Closure(project).Where(p => !p.StartsWith("Conformance.OpenAdr3.", StringComparison.Ordinal) && p != "Conformance.Tls")
                .Should().BeEmpty($"{project} is a reference implementation or its wire, usable without the harness");
    }
}
