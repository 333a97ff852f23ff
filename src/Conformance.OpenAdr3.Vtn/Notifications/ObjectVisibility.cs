using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// What a client may learn of a changed object, by the rules of the read endpoints (Definition.md, Object
/// Privacy): programs and events through <see cref="TargetAccess"/>, with target hiding; reports,
/// subscriptions, vens and resources by clientID (<see cref="Caller.CanAccess"/>). "When evaluating whether to
/// send a notification of a change of state of an object with targets, the VTN SHALL use the clientID of a
/// subscription object to discover the associated ven and resource objects, and process the targets as
/// described above."
/// </summary>
internal sealed class ObjectVisibility(TargetGrants grants)
{
    /// <summary>
    /// The object as <paramref name="reader"/> would read it, or null when it may not. <paramref name="targets"/>
    /// plays the targets query: a subscription's targets "filter the notifications to the client in the same
    /// manner as targets are used in response filtering" (Definition.md, Subscriptions).
    /// </summary>
    public ObjectMetadata? AsReadBy(ObjectMetadata changed, Caller reader, IReadOnlyList<string>? targets) => changed switch
    {
        Program program => Access(program.Targets, reader, targets) is { } access ? program with { Targets = access.Reveal(program.Targets) } : null,
        Event evt => Access(evt.Targets, reader, targets) is { } access ? evt with { Targets = access.Reveal(evt.Targets) } : null,
        Report report => reader.CanAccess(report.ClientId) ? report : null,
        Subscription subscription => reader.CanAccess(subscription.ClientId) ? subscription : null,
        Ven ven => reader.CanAccess(ven.ClientId) && Filters(targets, ven.Targets) ? ven : null,
        Resource resource => reader.CanAccess(resource.ClientId) && Filters(targets, resource.Targets) ? resource : null,
        _ => null,
    };

    /// <summary>The notification of <paramref name="seen"/>, an object as its reader sees it; targets are the ones it is shown.</summary>
    public static Notification Notification(ObjectChange change, ObjectMetadata seen) => new()
    {
        ObjectType = change.ObjectType,
        Operation = change.Operation,
        Object = seen,
        Targets = seen switch
        {
            Program program => program.Targets,
            Event evt => evt.Targets,
            Subscription subscription => subscription.Targets,
            Ven ven => ven.Targets,
            Resource resource => resource.Targets,
            _ => null,
        },
    };

    private TargetAccess? Access(IReadOnlyList<string>? objectTargets, Caller reader, IReadOnlyList<string>? targets)
    {
        var access = grants.For(reader, targets);
        return access.CanRead(objectTargets) ? access : null;
    }

    /// <summary>The targets filter of vens and resources, as their searches apply it.</summary>
    private static bool Filters(IReadOnlyList<string>? filter, IReadOnlyList<string>? targets) =>
        filter is null || (targets ?? []).Any(filter.Contains);
}
