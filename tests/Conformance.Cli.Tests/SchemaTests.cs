using System.CommandLine;
using System.Text.RegularExpressions;
using Conformance.Cli.Commands;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;
using Spectre.Console.Testing;

namespace Conformance.Cli.Tests;

/// <summary>The published JSON Schema of the system-under-test file: what the bindings compose, and what the README shows.</summary>
public class SchemaTests
{
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the tests holds Conformance.sln");
    }

    [Test]
    public void The_committed_schema_is_what_the_core_and_the_bindings_sections_compose() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), SystemUnderTestSchema.PublishedPath)).ReplaceLineEndings("\n")
            .Should().Be(SystemUnderTestSchema.Text(HarnessBindings.All),
                $"{SystemUnderTestSchema.PublishedPath} is written by 'conformance schema > {SystemUnderTestSchema.PublishedPath}': " +
                "run it and commit the file");

    [Test]
    public void Every_system_under_test_file_the_readme_shows_validates_against_the_schema()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("### Certifying a system under test", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        var examples = Regex.Matches(section, "```json\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        examples.Should().HaveCountGreaterThanOrEqualTo(3);
        var schema = SystemUnderTestSchema.Compose(HarnessBindings.All);
        foreach (var example in examples)
        {
            // A fragment (a field and its value) is shown inside a file that has nothing else.
            var json = example.TrimStart().StartsWith('{') ? example : $"{{ \"name\": \"example\",\n{example} }}";
            var path = Harness.WriteFile("readme-example.json", json);
            var (reader, document) = ConfigurationReader.Open(path);
            document.Dispose();
            SystemUnderTestSchema.Validate(reader, schema).Select(e => e.Message).Should().BeEmpty(json);
        }
    }

    [Test]
    public async Task The_schema_command_prints_the_schema()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            (await SchemaCommand.Create(new TestConsole()).Parse([]).InvokeAsync()).Should().Be(ExitCodes.Pass);
        }
        finally { Console.SetOut(original); }
        output.ToString().Should().Be(SystemUnderTestSchema.Text(HarnessBindings.All));
    }

    [Test]
    public async Task The_schema_command_checks_a_file_naming_every_error_with_its_line_and_field()
    {
        var path = Harness.WriteFile("sut.json",
            "{ \"name\": 5,\n  \"openadr3\": {\n    \"harness\": { \"vtnUrl\": \"ftp://x\" },\n    \"colour\": \"red\" } }");
        var console = new TestConsole();
        console.Profile.Width = 400;

        (await SchemaCommand.Create(console).Parse(["--check", path]).InvokeAsync()).Should().Be(ExitCodes.BadArguments);

        console.Output.Should().Contain($"{path}:1: field 'name': must be a string, found number")
            .And.Contain($"{path}:3: field 'openadr3.harness.vtnUrl': 'ftp://x' is not an absolute http(s) URL")
            .And.Contain($"{path}:4: field 'openadr3.colour': unknown field; expected one of ven, vtn, harness");
    }
}
