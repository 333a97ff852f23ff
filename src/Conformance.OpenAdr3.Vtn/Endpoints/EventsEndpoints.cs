using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

internal static class EventsEndpoints
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/events").WithTags("events").ValidatesRequests();
        group.MapGet("/", SearchAllEvents).WithName("searchAllEvents").RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        group.MapPost("/", CreateEvent).WithName("createEvent").ProducesProblems(409).RequireScope(Scopes.WriteEvents);
        group.MapGet("/{eventID}", SearchEventsById)
            .WithName("searchEventsByID").ProducesProblems(404).RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        group.MapPut("/{eventID}", UpdateEvent).WithName("updateEvent").ProducesProblems(404, 409).RequireScope(Scopes.WriteEvents);
        group.MapDelete("/{eventID}", DeleteEvent).WithName("deleteEvent").ProducesProblems(404).RequireScope(Scopes.WriteEvents);
        return group;
    }

    internal static WireJsonResult<IReadOnlyList<Event>> SearchAllEvents(
        SearchQuery query, Paging paging, Caller caller, IObjectStore<Event> events, TargetGrants grants, TimeProvider time, WireJson json)
    {
        var access = grants.For(caller, query.Targets);
        var now = time.GetUtcNow();
        var visible = events.All()
            .Where(e => SearchQuery.Matches(query.ProgramId, e.ProgramId) && access.CanRead(e.Targets))
            .Where(e => !query.Active || !EventTiming.HasTranspired(e, now));
        return json.List(paging.Apply(visible), e => e.Targets, access);
    }

    internal static Results<Created<Event>, ProblemResult> CreateEvent(
        JsonBody<Event> body, IObjectStore<Program> programs, IObjectStore<Event> events)
    {
        if (programs.Find(body.Value.ProgramId!) is null) return UnknownProgram(body.Value);
        var evt = events.Create(body.Value).Value!;
        return TypedResults.Created($"/events/{evt.Id}", evt);
    }

    internal static Results<WireJsonResult<Event>, ProblemResult> SearchEventsById(
        string eventId, Caller caller, IObjectStore<Event> events, TargetGrants grants, WireJson json)
    {
        var access = grants.For(caller, requested: null);
        return events.Find(eventId) is { } evt && access.CanRead(evt.Targets)
            ? json.One(evt, e => e.Targets, access)
            : ProblemResult.NotFound("eventID", eventId);
    }

    internal static Results<Ok<Event>, ProblemResult> UpdateEvent(
        string eventId, JsonBody<Event> body, IObjectStore<Program> programs, IObjectStore<Event> events)
    {
        if (events.Find(eventId) is null) return ProblemResult.NotFound("eventID", eventId);
        if (programs.Find(body.Value.ProgramId!) is null) return UnknownProgram(body.Value);
        return events.Update(eventId, _ => body.Value).Value is { } evt ? TypedResults.Ok(evt) : ProblemResult.NotFound("eventID", eventId);
    }

    internal static Results<Ok<Event>, ProblemResult> DeleteEvent(string eventId, IObjectStore<Event> events) =>
        events.Delete(eventId) is { } evt ? TypedResults.Ok(evt) : ProblemResult.NotFound("eventID", eventId);

    /// <summary>An unknown programID is a broken foreign key, which the YAML's 409 description names.</summary>
    private static ProblemResult UnknownProgram(Event request) =>
        ProblemResult.Conflict($"programID: '{request.ProgramId}' is not the id of a program.");
}
