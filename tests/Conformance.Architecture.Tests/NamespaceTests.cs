using System.Text.RegularExpressions;

namespace Conformance.Architecture.Tests;

/// <summary>
/// One namespace per folder: every C# file of a folder declares the same namespace, so a folder name is where its
/// types are found. A file of top-level statements (a Program.cs) declares none and is left out; so is generated code.
/// </summary>
public sealed partial class NamespaceTests
{
    [GeneratedRegex(@"^namespace ([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [Test]
    public void Every_folder_holds_one_namespace()
    {
        var mixed = Repository.Files(".cs")
            .Where(f => !f.Split('/').Contains("Generated"))
            .Select(f => (Folder: Path.GetDirectoryName(f)!, File: f,
                Namespace: Namespace().Match(File.ReadAllText(Path.Combine(Repository.Root, f)))))
            .Where(f => f.Namespace.Success)
            .GroupBy(f => f.Folder)
            .Where(g => g.Select(f => f.Namespace.Groups[1].Value).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => $"{Path.GetFileName(f.File)} ({f.Namespace.Groups[1].Value})"))}")
            .ToList();
        mixed.Should().BeEmpty("a folder's files share one namespace");
    }
}
