using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Resources at the YAML's top-level /resources (3.1 made resource a first-level object; its venID is in the
/// body). A VEN reaches only resources carrying its own clientID; BL reaches all (Definition.md, Object Privacy).
/// Only a BL_RESOURCE_REQUEST, which only BL may send, writes clientID and targets.
/// </summary>
internal static class ResourcesEndpoints
{
    public static RouteGroupBuilder MapResources(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/resources").WithTags("resources").ValidatesRequests();
        group.MapGet("/", SearchVenResources).WithName("searchVenResources").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPost("/", CreateResource).WithName("createResource").ProducesProblems(404, 409).RequireScope(Scopes.WriteVens);
        group.MapGet("/{resourceID}", SearchVenResourceById)
            .WithName("searchVenResourceByID").ProducesProblems(404).RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPut("/{resourceID}", UpdateVenResource).WithName("updateVenResource").ProducesProblems(404, 409).RequireScope(Scopes.WriteVens);
        group.MapDelete("/{resourceID}", DeleteVenResource).WithName("deleteVenResource").ProducesProblems(404).RequireScope(Scopes.WriteVens);
        return group;
    }

    internal static Ok<IReadOnlyList<Resource>> SearchVenResources(
        SearchQuery query, Paging paging, Caller caller, IObjectStore<Resource> resources) =>
        TypedResults.Ok(paging.Apply(resources.All().Where(r =>
            SearchQuery.Matches(query.VenId, r.VenId) && SearchQuery.Matches(query.ResourceName, r.ResourceName)
            && query.MatchesTargets(r.Targets) && caller.CanAccess(r.ClientId))));

    internal static Results<Created<Resource>, ProblemResult> CreateResource(
        JsonBody<Resource> body, Caller caller, IObjectStore<Ven> vens, IObjectStore<Resource> resources)
    {
        var (resolved, problem) = Resolve(body.Value, caller, vens);
        if (problem is not null) return problem;
        return resources.Create(resolved!).Value is { } resource
            ? TypedResults.Created($"/resources/{resource.Id}", resource)
            : NameTaken(body.Value);
    }

    internal static Results<Ok<Resource>, ProblemResult> SearchVenResourceById(string resourceId, Caller caller, IObjectStore<Resource> resources) =>
        resources.FindFor(resourceId, caller, r => r.ClientId) is { } resource
            ? TypedResults.Ok(resource)
            : ProblemResult.NotFound("resourceID", resourceId);

    /// <summary>A VEN_RESOURCE_REQUEST, whoever sends it, keeps the targets BL granted.</summary>
    internal static Results<Ok<Resource>, ProblemResult> UpdateVenResource(
        string resourceId, JsonBody<Resource> body, Caller caller, IObjectStore<Ven> vens, IObjectStore<Resource> resources)
    {
        if (resources.FindFor(resourceId, caller, r => r.ClientId) is null) return ProblemResult.NotFound("resourceID", resourceId);
        var (resolved, problem) = Resolve(body.Value, caller, vens);
        if (problem is not null) return problem;
        var fromBl = body.Value.ObjectType == ObjectTypes.BlResourceRequest;
        return resources.Update(resourceId, stored => fromBl ? resolved! : resolved! with { Targets = stored.Targets }) switch
        {
            { Value: { } resource } => TypedResults.Ok(resource),
            { Outcome: StoreOutcome.NotFound } => ProblemResult.NotFound("resourceID", resourceId),
            _ => NameTaken(body.Value),
        };
    }

    internal static Results<Ok<Resource>, ProblemResult> DeleteVenResource(string resourceId, Caller caller, IObjectStore<Resource> resources)
    {
        if (resources.FindFor(resourceId, caller, r => r.ClientId) is null) return ProblemResult.NotFound("resourceID", resourceId);
        return resources.Delete(resourceId) is { } resource ? TypedResults.Ok(resource) : ProblemResult.NotFound("resourceID", resourceId);
    }

    /// <summary>
    /// The resource a request describes, or why it cannot be written: its venID must name a ven the caller
    /// reaches (else 404, as for the ven itself); a BL_RESOURCE_REQUEST must name that ven's clientID, since a
    /// VEN reaches resources by clientID and is granted targets through its ven's resources; a
    /// VEN_RESOURCE_REQUEST takes the ven's clientID.
    /// </summary>
    private static (Resource? Resolved, ProblemResult? Problem) Resolve(Resource request, Caller caller, IObjectStore<Ven> vens)
    {
        if (request.ObjectType == ObjectTypes.BlResourceRequest && !caller.ReadsAll)
            return (null, ProblemResult.Forbidden("objectType: BL_RESOURCE_REQUEST is for BL clients; a VEN sends VEN_RESOURCE_REQUEST."));
        if (vens.FindFor(request.VenId!, caller, v => v.ClientId) is not { } ven)
            return (null, ProblemResult.NotFound("venID", request.VenId!));
        if (request.ObjectType == ObjectTypes.VenResourceRequest) return (request with { ClientId = ven.ClientId }, null);
        return request.ClientId == ven.ClientId
            ? (request, null)
            : (null, ProblemResult.Conflict($"clientID: '{request.ClientId}' differs from the clientID '{ven.ClientId}' of ven '{ven.Id}'."));
    }

    private static ProblemResult NameTaken(Resource request) =>
        ProblemResult.Conflict($"resourceName: '{request.ResourceName}' is already the name of another resource of ven '{request.VenId}'.");
}
