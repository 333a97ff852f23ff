using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// Reads a program's payload descriptor by its objectType. Anything but REPORT_PAYLOAD_DESCRIPTOR
/// (including a missing or unknown value) reads as an event descriptor, so nothing a peer sends is lost.
/// </summary>
public sealed class PayloadDescriptorConverter : JsonConverter<PayloadDescriptor>
{
    public override PayloadDescriptor? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        var isReport = element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("objectType", out var objectType)
            && objectType.ValueKind == JsonValueKind.String
            && objectType.GetString() == ObjectTypes.ReportPayloadDescriptor;
        try
        {
            return isReport
                ? element.Deserialize<ReportPayloadDescriptor>(options)
                : element.Deserialize<EventPayloadDescriptor>(options);
        }
        catch (JsonException ex)
        {
            // The nested read's path starts at the descriptor ($.confidence); thrown on without a path, the
            // serializer sets the descriptor's own ($.payloadDescriptors[0]), so a reader names the right field.
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, PayloadDescriptor value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
