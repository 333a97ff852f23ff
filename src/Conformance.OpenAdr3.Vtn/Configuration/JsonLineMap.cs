using System.Text.Json;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The 1-based line on which each value of a JSON text starts, by path ("clients", "clients[0]",
/// "clients[0].role"), so errors about a file's content can name the line a person must edit.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = [];

    /// <summary>The line of <paramref name="path"/>, or of its nearest recorded parent, or 1.</summary>
    public int LineOf(string path)
    {
        for (var at = path; at.Length > 0; at = at[..Math.Max(at.LastIndexOfAny(['.', '[']), 0)])
            if (lines.TryGetValue(at, out var line)) return line;
        return 1;
    }

    /// <summary>Maps <paramref name="utf8"/>; throws <see cref="JsonException"/> (with LineNumber) if it is not well formed.</summary>
    public static JsonLineMap Of(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, options);
        var containers = new Stack<Container>();
        var property = "";
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8[scanned..start].Count((byte)'\n');
            scanned = start;
            if (reader.TokenType == JsonTokenType.PropertyName) property = Join(containers.Peek().Path, reader.GetString()!);
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) containers.Pop();
            else map.Record(reader.TokenType, containers, property, line);
        }
        return map;
    }

    private void Record(JsonTokenType token, Stack<Container> containers, string property, int line)
    {
        var path = containers.TryPeek(out var parent) ? parent.IsArray ? $"{parent.Path}[{parent.Count++}]" : property : "";
        lines.TryAdd(path, line);
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            containers.Push(new Container(path, token == JsonTokenType.StartArray));
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private sealed class Container(string path, bool isArray)
    {
        public string Path => path;

        public bool IsArray => isArray;

        public int Count { get; set; }
    }
}
