using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The MQTT publications of a change, on the topics the /notifiers/mqtt/topics endpoints announce
/// (<see cref="MqttTopicNames"/>), following the companion document's privacy model (9.2, 9.3):
/// <list type="bullet">
/// <item>shared topics (all objects of a kind, one program or ven, a program's events) carry the object whole, as
/// BL reads it;</item>
/// <item>the VEN-scoped topics of each ven ({events,programs}/vens/{venID}/...) carry a program or event only when
/// that ven's client may read it, and as it reads it (target hiding), so a VEN learns nothing there it could not
/// GET; a resource goes to its own ven's topics.</item>
/// </list>
/// </summary>
internal sealed class MqttTopicPlan(IObjectStore<Ven> vens, ObjectVisibility visibility)
{
    private static readonly Dictionary<string, string> Collections = new()
    {
        [ObjectTypes.Program] = "programs",
        [ObjectTypes.Event] = "events",
        [ObjectTypes.Report] = "reports",
        [ObjectTypes.Subscription] = "subscriptions",
        [ObjectTypes.Ven] = "vens",
        [ObjectTypes.Resource] = "resources",
    };

    public IEnumerable<MqttPublication> For(ObjectChange change)
    {
        var whole = ObjectVisibility.Notification(change, change.Object);
        var collection = Collections[change.ObjectType];
        IEnumerable<MqttPublication?> publications = change.Object switch
        {
            Program program => [On(MqttTopicNames.OfObject(collection, program.Id!), whole), .. PerVen(collection, change)],
            Event evt => [On(MqttTopicNames.OfProgramEvents(evt.ProgramId!), whole), .. PerVen(collection, change)],
            Ven ven => [On(MqttTopicNames.OfObject(collection, ven.Id!), whole)],
            Resource resource => [On(MqttTopicNames.OfVen(collection, resource.VenId!), whole)],
            _ => [],
        };
        return publications.Prepend(On(MqttTopicNames.Of(collection), whole)).OfType<MqttPublication>();
    }

    /// <summary>Per ven object: one read of the grants per client, however many vens it has.</summary>
    private IEnumerable<MqttPublication?> PerVen(string collection, ObjectChange change)
    {
        foreach (var client in vens.All().Where(v => v.ClientId is not null).GroupBy(v => v.ClientId!))
        {
            if (visibility.AsReadBy(change.Object, ClientDirectory.Ven(client.Key), targets: null) is not { } seen) continue;
            var notification = ObjectVisibility.Notification(change, seen);
            foreach (var ven in client) yield return On(MqttTopicNames.OfVen(collection, ven.Id!), notification);
        }
    }

    /// <summary>The publication on the topic of the notification's operation; none where there is no such topic (CREATE of one object).</summary>
    private static MqttPublication? On(NotifierOperationsTopics topics, Notification notification) =>
        notification.Operation switch
        {
            ObjectOperation.Create => topics.Create,
            ObjectOperation.Update => topics.Update,
            ObjectOperation.Delete => topics.Delete,
            _ => null,
        } is { } topic ? new MqttPublication(topic, notification) : null;
}
