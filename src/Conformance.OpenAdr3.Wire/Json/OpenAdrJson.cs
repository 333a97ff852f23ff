using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Conformance.OpenAdr3.Wire;

/// <summary>The one set of serializer settings for OpenADR 3 messages, shared by VTN, client and harness.</summary>
public static class OpenAdrJson
{
    /// <summary>
    /// Spec names come from [JsonPropertyName]; nulls are omitted on write so an absent field stays absent
    /// in a round trip; reads ignore unknown properties and never require a field (Validate() reports that).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Applies the OpenADR settings to options owned by someone else (e.g. ASP.NET Core's JsonOptions).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        options.PropertyNameCaseInsensitive = false;
        // Evidence logs are read by people: keep '+' in offsets and non-ASCII names readable.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        Configure(options);
        options.MakeReadOnly();
        return options;
    }
}
