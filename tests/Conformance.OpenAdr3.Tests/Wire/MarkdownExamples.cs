using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.OpenAdr3.Tests.Spec;

namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>A ```json block of a spec document: where it is and what it says.</summary>
public sealed record MarkdownBlock(string File, int Line, string Text)
{
    public string Name => $"{File}:{Line}";

    /// <summary>The block as JSON, or null when it is not a whole JSON value (an elided or pseudo-JSON fragment).</summary>
    public JsonNode? Json
    {
        get
        {
            try
            {
                return JsonNode.Parse(Text);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}

/// <summary>
/// The JSON blocks of User_Guide.md and Definition.md, read at test time so a new example in the spec is
/// covered without touching the tests.
/// </summary>
internal static partial class MarkdownExamples
{
    public static IReadOnlyList<MarkdownBlock> All { get; } = SpecFiles.Markdown.SelectMany(Read).ToList();

    private static IEnumerable<MarkdownBlock> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Fence().IsMatch(lines[i]) || !lines[i].Contains("json", StringComparison.OrdinalIgnoreCase)) continue;
            var start = i + 1;
            while (++i < lines.Length && !Fence().IsMatch(lines[i]))
            {
            }
            yield return new MarkdownBlock(Path.GetFileName(path), start, string.Join('\n', lines[start..Math.Min(i, lines.Length)]));
        }
    }

    [GeneratedRegex(@"^\s*```")]
    private static partial Regex Fence();
}
