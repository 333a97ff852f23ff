using System.Runtime.CompilerServices;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The bodies of program and event reads, put together from each stored object's wire JSON, serialized once with
/// the options every other answer uses and kept while the object lives. Stored objects are immutable and every
/// write stores a new instance, so an entry is never stale: it goes with its object. (A SQLite read makes new
/// instances, so there the cache saves nothing; it costs one serialization, as before.) Target hiding changes only
/// an object's targets, so a reader shown fewer targets gets the cached JSON with its own targets written in place
/// of the stored ones: the bytes the serializer would write for that object.
/// </summary>
internal sealed class WireJson
{
    private static readonly byte[] Open = "["u8.ToArray();
    private static readonly byte[] Comma = ","u8.ToArray();
    private static readonly byte[] Close = "]"u8.ToArray();

    private readonly JsonSerializerOptions options;
    private readonly ConditionalWeakTable<ObjectMetadata, Entry> entries = new();
    private readonly ConditionalWeakTable<ObjectMetadata, Entry>.CreateValueCallback serialize;

    public WireJson(IOptions<JsonOptions> json)
    {
        options = json.Value.SerializerOptions;
        serialize = Serialize;
    }

    /// <summary>A JSON array of <paramref name="objects"/>, each as <paramref name="access"/> shows it.</summary>
    public WireJsonResult<IReadOnlyList<T>> List<T>(IReadOnlyList<T> objects, Func<T, IReadOnlyList<string>?> targets, TargetAccess access)
        where T : ObjectMetadata
    {
        var segments = new List<ReadOnlyMemory<byte>>(objects.Count * 2 + 2) { Open };
        for (var i = 0; i < objects.Count; i++)
        {
            if (i > 0) segments.Add(Comma);
            Add(segments, objects[i], targets(objects[i]), access);
        }
        segments.Add(Close);
        return new(segments);
    }

    /// <summary><paramref name="stored"/> as <paramref name="access"/> shows it.</summary>
    public WireJsonResult<T> One<T>(T stored, Func<T, IReadOnlyList<string>?> targets, TargetAccess access) where T : ObjectMetadata
    {
        var segments = new List<ReadOnlyMemory<byte>>(3);
        Add(segments, stored, targets(stored), access);
        return new(segments);
    }

    private void Add(List<ReadOnlyMemory<byte>> segments, ObjectMetadata stored, IReadOnlyList<string>? targets, TargetAccess access)
    {
        if (!entries.TryGetValue(stored, out var entry)) entry = entries.GetValue(stored, serialize);
        var shown = access.Reveal(targets);
        // Reveal filters the stored targets, so as many shown as stored means all of them, in their order.
        if (ReferenceEquals(shown, targets) || shown?.Count == targets?.Count)
        {
            segments.Add(entry.Json);
            return;
        }
        segments.Add(entry.Json.AsMemory(0, entry.TargetsStart));
        segments.Add(JsonSerializer.SerializeToUtf8Bytes(shown, options));
        segments.Add(entry.Json.AsMemory(entry.TargetsEnd));
    }

    private Entry Serialize(ObjectMetadata stored)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(stored, stored.GetType(), options);
        var (start, end) = TargetsValue(json);
        return new Entry(json, start, end);
    }

    /// <summary>Where the value of the object's top-level "targets" property starts and ends; (0, 0) when it has none.</summary>
    private static (int Start, int End) TargetsValue(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTargets = reader.ValueTextEquals("targets"u8);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isTargets) return (start, (int)reader.BytesConsumed);
        }
        return (0, 0);
    }

    private sealed record Entry(byte[] Json, int TargetsStart, int TargetsEnd);
}
