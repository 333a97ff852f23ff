using System.Text.Json.Nodes;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>
/// Which wire type a spec example is, told by the properties only that type has (the documents rarely say).
/// An example two types could hold is checked as each. An example no rule recognises has no type: the
/// example test fails on it, so a new kind of example is never skipped silently.
/// </summary>
internal static class ExampleTypes
{
    private static readonly (Func<JsonObject, bool> Applies, Type[] Types)[] Rules =
    [
        (o => o.ContainsKey("objectOperations"), [typeof(Subscription)]),
        (o => o.ContainsKey("topics"), [typeof(NotifierTopicsResponse)]),
        (o => o.ContainsKey("WEBHOOK") || o.ContainsKey("MQTT"), [typeof(NotifiersResponse)]),
        (o => o.ContainsKey("programName"), [typeof(Program)]),
        (o => o.ContainsKey("venName"), [typeof(Wire.Ven)]),
        (o => o.ContainsKey("resourceName") && o.ContainsKey("venID"), [typeof(Resource)]),
        (o => o.ContainsKey("reportName") || (o.ContainsKey("eventID") && o.ContainsKey("resources")), [typeof(Report)]),
        (o => o.ContainsKey("programID") || o.ContainsKey("eventName") || o.ContainsKey("intervals"), [typeof(Event)]),
        (o => o.ContainsKey("status") && o.ContainsKey("title"), [typeof(Problem)]),
        (o => o.ContainsKey("payloadType") && o.ContainsKey("currency"), [typeof(EventPayloadDescriptor)]),
        // "payloadType, readingType, units" is a report request in one place and a payload descriptor in another.
        (o => o.ContainsKey("payloadType"), [typeof(ReportDescriptor), typeof(ReportPayloadDescriptor)]),
        (o => o.ContainsKey("type") && o.ContainsKey("values"), [typeof(ValuesMap)]),
    ];

    /// <summary>The wire types <paramref name="example"/> may be; a list is a list of its first item's type.</summary>
    private static IReadOnlyList<Type> For(JsonNode example) => example switch
    {
        JsonArray { Count: > 0 } list => For(list[0]!).Select(t => typeof(IReadOnlyList<>).MakeGenericType(t)).ToList(),
        JsonObject o => Rules.FirstOrDefault(rule => rule.Applies(o)).Types ?? [],
        _ => [],
    };

    /// <summary>
    /// The wire object of <paramref name="example"/> and the types it may be. The notification envelope
    /// (Definition.md, Figure 6) is no wire type; its object is one, named by its objectType.
    /// </summary>
    public static (JsonNode Object, IReadOnlyList<Type> Types) Read(JsonNode example) =>
        example is JsonObject o && o.ContainsKey("operation") && o["object"] is JsonObject inner
            ? (inner, OfObjectType(inner["objectType"]?.GetValue<string>()) is { } type ? [type] : [])
            : (example, For(example));

    private static Type? OfObjectType(string? objectType) => objectType switch
    {
        ObjectTypes.Program => typeof(Program),
        ObjectTypes.Event => typeof(Event),
        ObjectTypes.Report => typeof(Report),
        ObjectTypes.Subscription => typeof(Subscription),
        ObjectTypes.Ven => typeof(Wire.Ven),
        ObjectTypes.Resource => typeof(Resource),
        _ => null,
    };
}
