using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

internal static class EventsEndpoints
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events").WithTags("events").AddEndpointFilter<ValidationFilter>();
        group.MapGet("/", SearchAllEvents).WithName("searchAllEvents").RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        group.MapPost("/", CreateEvent).WithName("createEvent").RequireScope(Scopes.WriteEvents);
        group.MapGet("/{eventID}", SearchEventsById).WithName("searchEventsByID").RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        return group;
    }

    internal static Ok<IReadOnlyList<Event>> SearchAllEvents(
        [FromQuery(Name = "programID")] string? programId, Paging paging, Caller caller, EventStore events, VenStore vens)
    {
        var access = TargetAccess.For(caller, vens);
        var visible = events
            .Where(e => (programId is null || e.ProgramId == programId) && access.CanRead(e.Targets))
            .Select(e => e with { Targets = access.Reveal(e.Targets) });
        return TypedResults.Ok(paging.Apply(visible));
    }

    /// <summary>An unknown programID is a broken foreign key, which the YAML's 409 description names.</summary>
    internal static Results<Created<Event>, ProblemResult> CreateEvent(JsonBody<Event> body, ProgramStore programs, EventStore events)
    {
        if (programs.Find(body.Value.ProgramId!) is null)
            return ProblemResult.Conflict($"programID: '{body.Value.ProgramId}' is not the id of a program.");
        var evt = events.Create(body.Value);
        return TypedResults.Created($"/events/{evt.Id}", evt);
    }

    internal static Results<Ok<Event>, ProblemResult> SearchEventsById(string eventId, Caller caller, EventStore events, VenStore vens)
    {
        var access = TargetAccess.For(caller, vens);
        return events.Find(eventId) is { } evt && access.CanRead(evt.Targets)
            ? TypedResults.Ok(evt with { Targets = access.Reveal(evt.Targets) })
            : ProblemResult.NotFound("eventID", eventId);
    }
}
