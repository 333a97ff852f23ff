using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>A VEN reaches only reports carrying its own clientID; BL reads all (Definition.md, Object Privacy).</summary>
internal static class ReportsEndpoints
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reports").WithTags("reports").ValidatesRequests();
        group.MapGet("/", SearchAllReports).WithName("searchAllReports").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPost("/", CreateReport).WithName("createReport").ProducesProblems(409).RequireScope(Scopes.WriteReports);
        group.MapGet("/{reportID}", SearchReportsByReportId)
            .WithName("searchReportsByReportID").ProducesProblems(404).RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPut("/{reportID}", UpdateReport).WithName("updateReport").ProducesProblems(404, 409).RequireScope(Scopes.WriteReports);
        group.MapDelete("/{reportID}", DeleteReport).WithName("deleteReport").ProducesProblems(404).RequireScope(Scopes.WriteReports);
        return group;
    }

    internal static Ok<IReadOnlyList<Report>> SearchAllReports(
        SearchQuery query, Paging paging, Caller caller, IObjectStore<Report> reports, IObjectStore<Event> events)
    {
        // A 3.1 report no longer carries programID (issue 253): the filter goes through the report's event.
        var matching = reports.All().Where(r =>
            SearchQuery.Matches(query.EventId, r.EventId)
            && SearchQuery.Matches(query.ClientName, r.ClientName)
            && (query.ProgramId is null || events.Find(r.EventId!)?.ProgramId == query.ProgramId)
            && caller.CanAccess(r.ClientId));
        return TypedResults.Ok(paging.Apply(matching));
    }

    /// <summary>The VTN writes clientID from the token.</summary>
    internal static Results<Created<Report>, ProblemResult> CreateReport(
        JsonBody<Report> body, Caller caller, IObjectStore<Event> events, TargetGrants grants, IObjectStore<Report> reports)
    {
        if (!CanReport(body.Value, caller, events, grants)) return UnknownEvent(body.Value);
        var report = reports.Create(body.Value with { ClientId = caller.ClientId }).Value!;
        return TypedResults.Created($"/reports/{report.Id}", report);
    }

    internal static Results<Ok<Report>, ProblemResult> SearchReportsByReportId(string reportId, Caller caller, IObjectStore<Report> reports) =>
        reports.FindFor(reportId, caller, r => r.ClientId) is { } report
            ? TypedResults.Ok(report)
            : ProblemResult.NotFound("reportID", reportId);

    /// <summary>The report keeps the clientID of its author.</summary>
    internal static Results<Ok<Report>, ProblemResult> UpdateReport(
        string reportId, JsonBody<Report> body, Caller caller, IObjectStore<Event> events, TargetGrants grants, IObjectStore<Report> reports)
    {
        if (reports.FindFor(reportId, caller, r => r.ClientId) is null) return ProblemResult.NotFound("reportID", reportId);
        if (!CanReport(body.Value, caller, events, grants)) return UnknownEvent(body.Value);
        return reports.Update(reportId, old => body.Value with { ClientId = old.ClientId }).Value is { } report
            ? TypedResults.Ok(report)
            : ProblemResult.NotFound("reportID", reportId);
    }

    internal static Results<Ok<Report>, ProblemResult> DeleteReport(string reportId, Caller caller, IObjectStore<Report> reports)
    {
        if (reports.FindFor(reportId, caller, r => r.ClientId) is null) return ProblemResult.NotFound("reportID", reportId);
        return reports.Delete(reportId) is { } report ? TypedResults.Ok(report) : ProblemResult.NotFound("reportID", reportId);
    }

    /// <summary>A report must name an event its author can read.</summary>
    private static bool CanReport(Report request, Caller caller, IObjectStore<Event> events, TargetGrants grants) =>
        events.Find(request.EventId!) is { } evt && grants.For(caller, requested: null).CanRead(evt.Targets);

    /// <summary>An eventID the caller cannot see is a broken foreign key, which the YAML's 409 description names.</summary>
    private static ProblemResult UnknownEvent(Report request) =>
        ProblemResult.Conflict($"eventID: '{request.EventId}' is not the id of an event.");
}
