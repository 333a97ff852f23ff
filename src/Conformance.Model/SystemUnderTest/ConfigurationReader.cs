using System.Text.Json;
using Conformance.Model.Quantities;

namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// Reads fields of a JSON configuration file (comments and trailing commas allowed) with errors that name the file,
/// the line where the field (or its nearest parent present) stands, and the field by its dotted path from the file's
/// root ("openadr3.vtn.url"). The core reader of the system-under-test file and each binding's section use it, so
/// every error has the same shape. Field names passed as <c>prefix</c> + name: the prefix is the parent's path with
/// a trailing dot ("" at the root).
/// </summary>
public sealed class ConfigurationReader(string path, byte[] json)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The file as named (relative paths in it are resolved against its folder).</summary>
    public string File => path;

    /// <summary>The file's bytes, as read.</summary>
    public ReadOnlyMemory<byte> Json => json;

    /// <summary>Reads the file: a missing file or one that is not JSON is a <see cref="ConfigurationException"/>.</summary>
    public static (ConfigurationReader Reader, JsonDocument Document) Open(string path)
    {
        if (!System.IO.File.Exists(path))
            throw new ConfigurationException(path, null, null, "file not found");
        var bytes = System.IO.File.ReadAllBytes(path);
        try
        {
            return (new ConfigurationReader(path, bytes), JsonDocument.Parse(bytes, DocumentOptions));
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, (int)(e.LineNumber ?? 0) + 1, null, $"not valid JSON ({e.Message.Split(". ")[0].TrimEnd('.')})");
        }
    }

    /// <summary>The object's fields must all be in <paramref name="known"/>; the first other one is named.</summary>
    public void OnlyKnown(JsonElement parent, IReadOnlyCollection<string> known, string prefix)
    {
        if (parent.ValueKind != JsonValueKind.Object)
            throw Error(prefix.TrimEnd('.'), prefix.Length == 0 ? "the file must hold one JSON object" : "must be an object");
        foreach (var property in parent.EnumerateObject())
            if (!known.Contains(property.Name))
                throw Error(prefix + property.Name, $"unknown field; expected one of {string.Join(", ", known)}");
    }

    /// <summary>
    /// A certificate file (and key file) named by <paramref name="field"/>, relative to the configuration file's
    /// folder, which must exist; its password comes from the environment variable named, which must be set.
    /// </summary>
    public CertificateFileReference Certificate(string field, string file, string? keyFile, string? passwordVariable)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        string Existing(string name, string named)
        {
            var resolved = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, named));
            return System.IO.File.Exists(resolved) ? resolved : throw Error(name, $"'{named}' not found (looked for {resolved})");
        }
        var keyField = field[..(field.LastIndexOf('.') + 1)] + "certificateKey";
        var password = passwordVariable is null ? null
            : Environment.GetEnvironmentVariable(passwordVariable)
                ?? throw Error(field[..(field.LastIndexOf('.') + 1)] + "certificatePasswordVariable",
                    $"the environment variable {passwordVariable} that should hold the certificate's password is not set");
        return new CertificateFileReference(
            Existing(field, file), keyFile is null ? null : Existing(keyField, keyFile), password, path, LineOf(field), field);
    }

    /// <summary>A file the harness writes, relative to the configuration file's folder, which must exist.</summary>
    public string Writable(string field, string named)
    {
        var resolved = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, named));
        return Directory.Exists(System.IO.Path.GetDirectoryName(resolved)) ? resolved
            : throw Error(field, $"the folder of '{named}' does not exist (looked for {System.IO.Path.GetDirectoryName(resolved)})");
    }

    public string RequiredString(JsonElement parent, string name, string prefix = "") =>
        OptionalString(parent, name, prefix) ?? throw Error(prefix + name, "required");

    public string? OptionalString(JsonElement parent, string name, string prefix = "")
    {
        if (parent.ValueKind != JsonValueKind.Object) throw Error(prefix.TrimEnd('.'), "must be an object");
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw Error(prefix + name, $"must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}");
        var text = value.GetString()!;
        return text.Length == 0 ? throw Error(prefix + name, "must not be empty") : text;
    }

    /// <summary>A positive duration: ISO 8601 ("PT10S") or a number and a unit ("10 s"); null when absent.</summary>
    public TimeSpan? OptionalDuration(JsonElement parent, string name, string prefix = "")
    {
        if (OptionalString(parent, name, prefix) is not { } text) return null;
        return Durations.TryParse(text, out var duration) && duration > TimeSpan.Zero ? duration
            : throw Error(prefix + name, $"'{text}' is not a positive duration (e.g. 'PT10S' or '10 s')");
    }

    public ConfigurationException Error(string field, string problem) =>
        new(path, LineOf(field), field.Length == 0 ? null : field, problem);

    /// <summary>The line of a dotted field path, or of its nearest parent present in the file; null: none present.</summary>
    public int? LineOf(string field)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<string>();
        string? pending = null;
        long bestOffset = -1;
        var bestDepth = -1;
        var parts = field.Split('.', StringSplitOptions.RemoveEmptyEntries);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        var candidate = stack.Append(pending!).ToArray();
                        var depth = candidate.Length;
                        if (depth <= parts.Length && depth > bestDepth && candidate.SequenceEqual(parts.Take(depth)))
                            (bestOffset, bestDepth) = (reader.TokenStartIndex, depth);
                        break;
                    case JsonTokenType.StartObject:
                        if (pending is not null) stack.Add(pending);
                        pending = null;
                        break;
                    case JsonTokenType.EndObject when stack.Count > 0 && reader.CurrentDepth <= stack.Count:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON past this point: the best line found so far.
        }
        return bestOffset < 0 ? null : 1 + json.AsSpan(0, (int)bestOffset).Count((byte)'\n');
    }
}
