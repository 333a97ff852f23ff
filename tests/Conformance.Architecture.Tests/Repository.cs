namespace Conformance.Architecture.Tests;

/// <summary>The checkout these tests read: the folder above the test binaries that holds Conformance.sln.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {TestContext.CurrentContext.TestDirectory} holds Conformance.sln.");
    });

    public static string Root => RootFolder.Value;

    /// <summary>The repository's own files (no build output, no node_modules), relative to the root with '/'.</summary>
    public static IEnumerable<string> Files(params string[] extensions) =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or ".git" or "reports" or "TestResults"))
            .Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
}
