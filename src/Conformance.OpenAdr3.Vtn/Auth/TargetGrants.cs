using System.Collections.Frozen;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The targets BL has granted to a client: those of the ven objects carrying its clientID and of the resource
/// objects of those vens ("use this value to find a corresponding ven object ... of the ven object and
/// associated resource objects", Definition.md, Object Privacy). Both are store lookups (<see cref="StoreKeys"/>),
/// so a poll's cost does not grow with the fleet.
/// </summary>
internal sealed class TargetGrants(IObjectStore<Ven> vens, IObjectStore<Resource> resources)
{
    private static readonly IReadOnlySet<string> None = FrozenSet<string>.Empty;

    public IReadOnlySet<string> GrantedTo(string clientId)
    {
        HashSet<string>? granted = null;
        foreach (var ven in vens.FindBy(StoreKeys.VenClientId, clientId))
        {
            Grant(ref granted, ven.Targets);
            foreach (var resource in resources.FindBy(StoreKeys.ResourceVenId, ven.Id!)) Grant(ref granted, resource.Targets);
        }
        return granted ?? None;
    }

    /// <summary>How <paramref name="caller"/> reads programs and events, given the request's targets query.</summary>
    public TargetAccess For(Caller caller, IReadOnlyList<string>? requested) =>
        caller.ReadsAll ? TargetAccess.ForBl(requested) : TargetAccess.ForVen(requested, GrantedTo(caller.ClientId));

    private static void Grant(ref HashSet<string>? granted, IReadOnlyList<string>? targets)
    {
        if (targets is not { Count: > 0 }) return;
        granted ??= [];
        granted.UnionWith(targets);
    }
}
