using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Which MQTT topics a client may read on the in-process broker: those the /notifiers/mqtt/topics endpoints hand
/// it. BL (read_all) reads every topic. A VEN reads only the VEN-scoped topics of its own vens (ven objects carrying
/// its clientID): <c>{programs,events,resources}/vens/{venID}/...</c> and <c>vens/{venID}/...</c>, which carry only
/// what it could GET, with target hiding (<see cref="MqttTopicPlan"/>). The shared topics carry objects whole and are
/// BL's (companion document 9.2, 9.3; the YAML gives their endpoints read_all or read_bl).
/// </summary>
internal sealed class MqttTopicAcl(IObjectStore<Ven> vens)
{
    private static readonly string[] VenScopedObjects = ["programs", "events", "resources"];

    /// <summary>
    /// Whether <paramref name="reader"/> may read <paramref name="topic"/>, a topic name or a subscription's filter.
    /// For a filter every topic it can match must be readable, so for a VEN its levels up to the venID must be
    /// literal: <c>events/vens/{own}/+</c> and <c>vens/{own}/#</c> are allowed, <c>+/vens/{own}/create</c> and
    /// <c>#</c> are not. The broker asks when a client subscribes and again for each message it delivers, since BL
    /// may give a ven to another client after a VEN subscribed to its topics.
    /// </summary>
    public bool MayRead(Caller reader, string topic) =>
        reader.ReadsAll || VenIdOf(topic) is { } venId && vens.Find(venId)?.ClientId == reader.ClientId;

    /// <summary>The venID of a VEN-scoped topic (or filter), null when it has none or names it by a wildcard.</summary>
    private static string? VenIdOf(string topic)
    {
        var venId = topic.Split('/') switch
        {
            ["vens", var id, ..] => id,
            [var objects, "vens", var id, ..] when VenScopedObjects.Contains(objects) => id,
            _ => null,
        };
        return venId is "" or "+" or "#" ? null : venId;
    }
}
