using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The targets BL has granted to a client: those of the ven objects carrying its clientID and of the resource
/// objects of those vens ("use this value to find a corresponding ven object ... of the ven object and
/// associated resource objects", Definition.md, Object Privacy).
/// </summary>
internal sealed class TargetGrants(IObjectStore<Ven> vens, IObjectStore<Resource> resources)
{
    public IReadOnlySet<string> GrantedTo(string clientId)
    {
        var own = vens.All().Where(v => v.ClientId == clientId).ToList();
        var venIds = own.Select(v => v.Id).ToHashSet();
        return own.SelectMany(v => v.Targets ?? [])
            .Concat(resources.All().Where(r => venIds.Contains(r.VenId)).SelectMany(r => r.Targets ?? []))
            .ToHashSet();
    }

    /// <summary>How <paramref name="caller"/> reads programs and events, given the request's targets query.</summary>
    public TargetAccess For(Caller caller, IReadOnlyList<string>? requested) =>
        caller.ReadsAll ? TargetAccess.ForBl(requested) : TargetAccess.ForVen(requested, GrantedTo(caller.ClientId));
}
