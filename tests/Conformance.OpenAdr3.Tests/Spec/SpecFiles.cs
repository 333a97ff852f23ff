namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// Where the spec and the repository's documents are: the spec is specs/openadr3/3.1.0 in the repository (the folder
/// holding Conformance.sln), so a clone with nothing beside it has all it needs.
/// </summary>
internal static class SpecFiles
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string SpecFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "specs", "openadr3", "3.1.0"));

    public static string Yaml => Path.Combine(SpecFolder, "openadr3.yaml");

    /// <summary>The markdown documents whose JSON blocks are examples of the wire objects.</summary>
    public static IReadOnlyList<string> Markdown => [Path.Combine(SpecFolder, "User_Guide.md"), Path.Combine(SpecFolder, "Definition.md")];

    public static string Deviations => Path.Combine(RepositoryRoot, "docs", "openadr3-deviations.md");

    /// <summary>The VTN's OpenAPI document, written at build time by src/Conformance.OpenAdr3.Vtn.OpenApi.</summary>
    public static string VtnOpenApi => Path.Combine(RepositoryRoot, "src", "Conformance.OpenAdr3.Vtn", "openapi", "vtn.json");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {TestContext.CurrentContext.TestDirectory} holds Conformance.sln.");
    }
}
