using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// The notification's object is the YAML's oneOf program, report, event, subscription, ven, resource with
/// objectType as discriminator: read by that value, written as what it is. An unknown objectType cannot be
/// read as any of them and fails the read, which a peer under test must be told.
/// </summary>
public sealed class NotificationObjectConverter : JsonConverter<ObjectMetadata>
{
    private static readonly Dictionary<string, Type> Types = new()
    {
        [ObjectTypes.Program] = typeof(Program),
        [ObjectTypes.Event] = typeof(Event),
        [ObjectTypes.Report] = typeof(Report),
        [ObjectTypes.Subscription] = typeof(Subscription),
        [ObjectTypes.Ven] = typeof(Ven),
        [ObjectTypes.Resource] = typeof(Resource),
    };

    /// <summary>The wire type of an objectType value, or null for one a notification cannot carry.</summary>
    public static Type? TypeOf(string? objectType) => objectType is not null && Types.TryGetValue(objectType, out var type) ? type : null;

    public override ObjectMetadata? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        var objectType = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("objectType", out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (objectType is null || !Types.TryGetValue(objectType, out var type))
            throw new JsonException($"object.objectType: '{objectType}' is not one of {string.Join(", ", Types.Keys)}.");
        return (ObjectMetadata?)element.Deserialize(type, options);
    }

    public override void Write(Utf8JsonWriter writer, ObjectMetadata value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
