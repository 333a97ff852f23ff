using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>A VEN reads only ven objects carrying its own clientID; BL reads all (Definition.md, Object Privacy).</summary>
internal static class VensEndpoints
{
    public static RouteGroupBuilder MapVens(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/vens").WithTags("vens").AddEndpointFilter<ValidationFilter>();
        group.MapGet("/", SearchVens).WithName("searchVens").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPost("/", CreateVen).WithName("createVen").RequireScope(Scopes.WriteVens);
        group.MapGet("/{venID}", SearchVenById).WithName("searchVenByID").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        return group;
    }

    internal static Ok<IReadOnlyList<Ven>> SearchVens(string? venName, Paging paging, Caller caller, VenStore vens) =>
        TypedResults.Ok(paging.Apply(vens.Where(v => (venName is null || v.VenName == venName) && CanRead(caller, v))));

    /// <summary>
    /// BL names the VEN's clientID in a BL_VEN_REQUEST; a VEN sends VEN_VEN_REQUEST and its clientID comes
    /// from its token, since only BL may grant targets.
    /// </summary>
    internal static Results<Created<Ven>, ProblemResult> CreateVen(JsonBody<Ven> body, Caller caller, VenStore vens)
    {
        var request = body.Value;
        var fromBl = request.ObjectType == ObjectTypes.BlVenRequest;
        if (fromBl && !caller.ReadsAll)
            return ProblemResult.Forbidden("objectType: BL_VEN_REQUEST is for BL clients; a VEN sends VEN_VEN_REQUEST.");

        var ven = vens.TryCreate(request with { ClientId = fromBl ? request.ClientId : caller.ClientId });
        return ven is null
            ? ProblemResult.Conflict($"venName: '{request.VenName}' is already the name of another ven.")
            : TypedResults.Created($"/vens/{ven.Id}", ven);
    }

    internal static Results<Ok<Ven>, ProblemResult> SearchVenById(string venId, Caller caller, VenStore vens) =>
        vens.Find(venId) is { } ven && CanRead(caller, ven)
            ? TypedResults.Ok(ven)
            : ProblemResult.NotFound("venID", venId);

    private static bool CanRead(Caller caller, Ven ven) => caller.ReadsAll || ven.ClientId == caller.ClientId;
}
