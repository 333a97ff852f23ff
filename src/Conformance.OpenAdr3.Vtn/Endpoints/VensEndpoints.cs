using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A VEN reaches only ven objects carrying its own clientID; BL reaches all (Definition.md, Object Privacy).
/// Only a BL_VEN_REQUEST, which only BL may send, writes clientID and targets.
/// </summary>
internal static class VensEndpoints
{
    public static RouteGroupBuilder MapVens(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/vens").WithTags("vens").ValidatesRequests();
        group.MapGet("/", SearchVens).WithName("searchVens").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPost("/", CreateVen).WithName("createVen").ProducesProblems(409).RequireScope(Scopes.WriteVens);
        group.MapGet("/{venID}", SearchVenById).WithName("searchVenByID").ProducesProblems(404).RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPut("/{venID}", UpdateVen).WithName("updateVen").ProducesProblems(404, 409).RequireScope(Scopes.WriteVens);
        group.MapDelete("/{venID}", DeleteVen).WithName("deleteVen").ProducesProblems(404).RequireScope(Scopes.WriteVens);
        return group;
    }

    internal static Ok<IReadOnlyList<Ven>> SearchVens(SearchQuery query, Paging paging, Caller caller, IObjectStore<Ven> vens) =>
        TypedResults.Ok(paging.Apply(vens.All().Where(v =>
            SearchQuery.Matches(query.VenName, v.VenName) && query.MatchesTargets(v.Targets) && caller.CanAccess(v.ClientId))));

    /// <summary>BL names the VEN's clientID in a BL_VEN_REQUEST; a VEN_VEN_REQUEST gets the caller's clientID from its token.</summary>
    internal static Results<Created<Ven>, ProblemResult> CreateVen(JsonBody<Ven> body, Caller caller, IObjectStore<Ven> vens)
    {
        var request = body.Value;
        if (BlOnly(request, caller) is { } forbidden) return forbidden;
        var fromBl = request.ObjectType == ObjectTypes.BlVenRequest;
        return vens.Create(request with { ClientId = fromBl ? request.ClientId : caller.ClientId }).Value is { } ven
            ? TypedResults.Created($"/vens/{ven.Id}", ven)
            : NameTaken(request);
    }

    internal static Results<Ok<Ven>, ProblemResult> SearchVenById(string venId, Caller caller, IObjectStore<Ven> vens) =>
        vens.FindFor(venId, caller, v => v.ClientId) is { } ven ? TypedResults.Ok(ven) : ProblemResult.NotFound("venID", venId);

    /// <summary>A VEN_VEN_REQUEST, whoever sends it, keeps the clientID and the targets BL granted.</summary>
    internal static Results<Ok<Ven>, ProblemResult> UpdateVen(string venId, JsonBody<Ven> body, Caller caller, IObjectStore<Ven> vens)
    {
        var request = body.Value;
        if (vens.FindFor(venId, caller, v => v.ClientId) is null) return ProblemResult.NotFound("venID", venId);
        if (BlOnly(request, caller) is { } forbidden) return forbidden;
        var fromBl = request.ObjectType == ObjectTypes.BlVenRequest;
        return vens.Update(venId, stored => fromBl ? request : request with { ClientId = stored.ClientId, Targets = stored.Targets }) switch
        {
            { Value: { } ven } => TypedResults.Ok(ven),
            { Outcome: StoreOutcome.NotFound } => ProblemResult.NotFound("venID", venId),
            _ => NameTaken(request),
        };
    }

    /// <summary>The ven's resources go with it: a resource's venID must name a ven.</summary>
    internal static Results<Ok<Ven>, ProblemResult> DeleteVen(string venId, Caller caller, IObjectStore<Ven> vens, IObjectStore<Resource> resources)
    {
        if (vens.FindFor(venId, caller, v => v.ClientId) is null || vens.Delete(venId) is not { } ven)
            return ProblemResult.NotFound("venID", venId);
        foreach (var resource in resources.FindBy(StoreKeys.ResourceVenId, venId)) resources.Delete(resource.Id!);
        return TypedResults.Ok(ven);
    }

    private static ProblemResult? BlOnly(Ven request, Caller caller) =>
        request.ObjectType == ObjectTypes.BlVenRequest && !caller.ReadsAll
            ? ProblemResult.Forbidden("objectType: BL_VEN_REQUEST is for BL clients; a VEN sends VEN_VEN_REQUEST.")
            : null;

    private static ProblemResult NameTaken(Ven request) =>
        ProblemResult.Conflict($"venName: '{request.VenName}' is already the name of another ven.");
}
