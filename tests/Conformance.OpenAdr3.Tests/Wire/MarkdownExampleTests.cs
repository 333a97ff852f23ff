using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>Every whole JSON example of User_Guide.md and Definition.md reads into the wire types and writes back equal.</summary>
public partial class MarkdownExampleTests
{
    /// <summary>
    /// Names some examples carry that openadr3.yaml does not define, so no reader can keep them: the spelling
    /// payLoadType (User Guide 7.7-1, 8.6), a payloadDescriptors list inside a report's resource (User Guide
    /// 8.6; 3.1 has it on the report), and the 3.0 program fields of Definition.md's notification figure.
    /// Each entry is a property name, or a path ending (indices as [*]).
    /// </summary>
    private static readonly string[] Errata = ["payLoadType", "resources[*].payloadDescriptors", "bindingEvents", "localPrice"];

    /// <summary>Blocks marked json that are not whole JSON values on purpose, though they elide nothing.</summary>
    private static readonly string[] PseudoJson =
    [
        "\"CURVE\"", // User Guide 8.4: the points of a curve written as { x, y } pairs.
    ];

    private static IEnumerable<TestCaseData> Examples() => MarkdownExamples.All
        .Where(block => block.Json is not null)
        .Select(block => new TestCaseData(block).SetArgDisplayNames(block.Name));

    [TestCaseSource(nameof(Examples))]
    public void Example_survives_a_round_trip_through_the_wire_types(MarkdownBlock block)
    {
        var (example, types) = ExampleTypes.Read(block.Json!);
        types.Should().NotBeEmpty($"{block.Name} must be recognised as a wire object (add a rule to ExampleTypes): {block.Text}");
        foreach (var type in types)
        {
            var parsed = example.Deserialize(type, OpenAdrJson.Options);
            var written = JsonSerializer.SerializeToNode(parsed, type, OpenAdrJson.Options);
            JsonNode.DeepEquals(written, WithoutErrata(example))
                .Should().BeTrue($"{block.Name} read as {type.Name} was written back as {written!.ToJsonString()}");
        }
    }

    [Test]
    public void Json_blocks_that_do_not_parse_are_fragments_not_examples()
    {
        var fragments = MarkdownExamples.All.Where(block => block.Json is null).ToList();

        fragments.Should().NotBeEmpty().And.OnlyContain(
            block => block.Text.Contains("...") || block.Text.Contains("\\....\\") || StartsWithProperty().IsMatch(block.Text)
                     || PseudoJson.Any(block.Text.Contains),
            "a json block that is neither valid JSON nor visibly elided would be an example the tests skip");
    }

    /// <summary>A copy of <paramref name="example"/> without the <see cref="Errata"/>.</summary>
    private static JsonNode WithoutErrata(JsonNode example)
    {
        var copy = example.DeepClone();
        Strip(copy, "");
        return copy;
    }

    private static void Strip(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    var at = path.Length == 0 ? name : $"{path}.{name}";
                    if (Errata.Any(e => e == name || at.EndsWith(e, StringComparison.Ordinal))) o.Remove(name);
                    else Strip(value, at);
                }
                break;
            case JsonArray list:
                foreach (var item in list) Strip(item, $"{path}[*]");
                break;
        }
    }

    [GeneratedRegex("""^\s*"\w+"\s*:""")]
    private static partial Regex StartsWithProperty();
}
