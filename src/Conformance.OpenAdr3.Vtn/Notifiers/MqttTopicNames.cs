using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The MQTT topic names this VTN announces, following the examples of the notifier companion document
/// (doc/OpenADR3-Object-Operation-Notifications-via-Additional-Protocols.md, 8.2): "{objects}/create" for all
/// objects of a kind, "{objects}/{id}/update" for one object (no CREATE: it already exists),
/// "events/programs/{programID}/..." for a program's events, "{objects}/vens/{venID}/..." for what one VEN may see.
/// ALL is the MQTT single-level wildcard over the operations.
/// </summary>
internal static class MqttTopicNames
{
    public static NotifierOperationsTopics Of(string objects) => Topics(objects, withCreate: true);

    public static NotifierOperationsTopics OfObject(string objects, string id) => Topics($"{objects}/{id}", withCreate: false);

    public static NotifierOperationsTopics OfProgramEvents(string programId) => Topics($"events/programs/{programId}", withCreate: true);

    public static NotifierOperationsTopics OfVen(string objects, string venId) => Topics($"{objects}/vens/{venId}", withCreate: true);

    private static NotifierOperationsTopics Topics(string prefix, bool withCreate) => new()
    {
        Create = withCreate ? $"{prefix}/create" : null,
        Update = $"{prefix}/update",
        Delete = $"{prefix}/delete",
        All = $"{prefix}/+",
    };
}
