namespace Conformance.Architecture.Tests;

/// <summary>
/// A clone with nothing beside it builds, tests and runs: every specification the project reads is under specs/,
/// and no build, test, script or run names a path outside the repository.
/// </summary>
public sealed class SelfContainedTests
{
    private static readonly string[] Code = [".cs", ".csproj", ".props", ".targets", ".sh", ".ps1", ".json", ".yml", ".yaml", ".feature", "run"];

    // Built from parts, so that this file does not name them itself.
    private static readonly string[] OutsidePaths = [".." + "/shared", ".." + @"\shared", "\"..\", \"" + "shared\""];

    [Test]
    public void No_file_the_build_tests_or_runs_read_points_outside_the_repository()
    {
        var offenders = Repository.Files(Code)
            .Where(f => !f.StartsWith("specs/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(Repository.Root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => OutsidePaths.Any(p => l.Text.Contains(p, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.Should().BeEmpty("the specs live in specs/ and a fresh clone has nothing beside it");
    }

    [TestCase("specs/openadr3/3.1.0/openadr3.yaml")]
    [TestCase("specs/openadr3/3.1.0/Definition.md")]
    [TestCase("specs/openadr3/3.1.0/User_Guide.md")]
    [TestCase("specs/openadr3/3.1.0/sequence_diagrams/Events.txt")]
    [TestCase("specs/openadr3/3.1.0/enumerations/units.schema.yaml")]
    [TestCase("specs/openadr3/doc/OpenADR3-Object-Operation-Notifications-via-Additional-Protocols.md")]
    [TestCase("specs/openadr3/LICENSE")]
    [TestCase("specs/openadr3/NOTICE")]
    [TestCase("specs/openadr3/SOURCE.md")]
    [TestCase("specs/s2/LICENSE")]
    [TestCase("specs/s2/SOURCE.md")]
    [TestCase("specs/s2/s2-asyncapi/s2-cem.yaml")]
    [TestCase("specs/s2/s2-json-schema/messages/FRBC.Instruction.schema.json")]
    public void The_specification_is_in_the_repository(string file) =>
        File.Exists(Path.Combine(Repository.Root, file)).Should().BeTrue($"{file} is part of the repository");
}
