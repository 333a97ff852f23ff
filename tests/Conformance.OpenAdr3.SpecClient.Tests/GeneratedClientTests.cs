using System.Text.Json;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>The committed client is what generate-client.sh makes from today's YAML (README.md).</summary>
internal sealed class GeneratedClientTests
{
    private static readonly string Project = Path.Combine(RepositoryRoot(), "tests", "Conformance.OpenAdr3.SpecClient.Tests");

    [Test]
    public void The_yaml_still_has_the_line_the_patch_fixes()
    {
        var yaml = File.ReadAllLines(Path.Combine(RepositoryRoot(), "specs", "openadr3", "3.1.0", "openadr3.yaml"));
        var removed = File.ReadAllLines(Path.Combine(Project, "openadr3.yaml.patch"))
            .Where(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)).Select(l => l[1..]).ToList();

        removed.Should().NotBeEmpty();
        yaml.Should().Contain(removed, "once the YAML is fixed, drop openadr3.yaml.patch and run generate-client.sh");
    }

    [Test]
    public void The_client_was_generated_by_the_kiota_version_of_the_tool_manifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ".config", "dotnet-tools.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "Generated", "kiota-lock.json")));

        var tool = manifest.RootElement.GetProperty("tools").GetProperty("microsoft.openapi.kiota").GetProperty("version").GetString();
        lockFile.RootElement.GetProperty("kiotaVersion").GetString().Should().Be(tool);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {TestContext.CurrentContext.TestDirectory} holds Conformance.sln.");
    }
}
