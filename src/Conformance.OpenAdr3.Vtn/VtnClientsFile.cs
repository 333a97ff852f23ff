using System.Text.Json;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Reads the clients a VTN accepts from a JSON file:
/// <code>{ "clients": [ { "clientId": "...", "clientSecret": "...", "role": "businessLogic" | "ven" } ] }</code>
/// Comments and trailing commas are allowed; unknown fields are not, so a misspelt one is caught.
/// Every problem is a <see cref="VtnClientsFileException"/> naming the file, the line and the field.
/// </summary>
public static class VtnClientsFile
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly Dictionary<string, VtnClientRole> Roles =
        new() { ["businessLogic"] = VtnClientRole.BusinessLogic, ["ven"] = VtnClientRole.Ven };

    public static IReadOnlyList<VtnClientCredential> Load(string path)
    {
        var utf8 = ReadAll(path);
        var lines = MapLines(path, utf8);
        using var document = JsonDocument.Parse(utf8,
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var file = new Reader(path, lines);
        var clients = file.Object(document.RootElement, "", ["clients"]).GetValueOrDefault("clients");
        if (clients.ValueKind != JsonValueKind.Array) throw file.Error("clients", "is required: an array of { clientId, clientSecret, role }");

        var credentials = new List<VtnClientCredential>();
        foreach (var (client, i) in clients.EnumerateArray().Select((c, i) => (c, i)))
        {
            var credential = file.Client(client, $"clients[{i}]");
            if (credentials.Any(c => c.ClientId == credential.ClientId))
                throw file.Error($"clients[{i}].clientId", $"'{credential.ClientId}' is listed twice");
            credentials.Add(credential);
        }
        return credentials;
    }

    private static byte[] ReadAll(string path)
    {
        try
        {
            // Editors on Windows may start the file with a UTF-8 byte order mark, which the JSON reader refuses.
            var bytes = File.ReadAllBytes(path);
            return bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new VtnClientsFileException(path, null, null, $"cannot be read: {ex.Message}", ex);
        }
    }

    private static JsonLineMap MapLines(string path, byte[] utf8)
    {
        try
        {
            return JsonLineMap.Of(utf8, ReaderOptions);
        }
        catch (JsonException ex)
        {
            // The reader's message ends in its own position ("LineNumber: 2 | ..."); the exception's message says it once.
            var problem = ex.Message.Split(" LineNumber:")[0].Trim();
            throw new VtnClientsFileException(path, (int)(ex.LineNumber ?? 0) + 1, null, $"is not valid JSON: {problem}", ex);
        }
    }

    /// <summary>Checks the shape of the document, turning each problem into an exception at its line.</summary>
    private sealed class Reader(string path, JsonLineMap lines)
    {
        public VtnClientCredential Client(JsonElement client, string at)
        {
            var fields = Object(client, at, ["clientId", "clientSecret", "role"]);
            var clientId = Text(fields, at, "clientId");
            var secret = Text(fields, at, "clientSecret");
            var role = Text(fields, at, "role");
            if (!Roles.TryGetValue(role, out var parsed))
                throw Error($"{at}.role", $"'{role}' must be one of {string.Join(", ", Roles.Keys)}");
            return new VtnClientCredential(clientId, secret, parsed);
        }

        public Dictionary<string, JsonElement> Object(JsonElement element, string at, string[] known)
        {
            if (element.ValueKind != JsonValueKind.Object) throw Error(at.Length == 0 ? "(root)" : at, "must be a JSON object");
            var fields = new Dictionary<string, JsonElement>();
            foreach (var property in element.EnumerateObject())
            {
                var field = at.Length == 0 ? property.Name : $"{at}.{property.Name}";
                if (!known.Contains(property.Name)) throw Error(field, $"is not a known field (expected {string.Join(", ", known)})");
                if (!fields.TryAdd(property.Name, property.Value)) throw Error(field, "is given twice");
            }
            return fields;
        }

        public VtnClientsFileException Error(string field, string problem) => new(path, lines.LineOf(field), field, problem);

        private string Text(Dictionary<string, JsonElement> fields, string at, string name)
        {
            var field = $"{at}.{name}";
            if (!fields.TryGetValue(name, out var value)) throw Error(field, "is required");
            if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
                throw Error(field, "must be a non-empty string");
            return text;
        }
    }
}
