using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>A VEN reads only reports carrying its own clientID; BL reads all (Definition.md, Object Privacy).</summary>
internal static class ReportsEndpoints
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reports").WithTags("reports").AddEndpointFilter<ValidationFilter>();
        group.MapGet("/", SearchAllReports).WithName("searchAllReports").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPost("/", CreateReport).WithName("createReport").RequireScope(Scopes.WriteReports);
        group.MapGet("/{reportID}", SearchReportsByReportId).WithName("searchReportsByReportID").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        return group;
    }

    internal static Ok<IReadOnlyList<Report>> SearchAllReports(
        [FromQuery(Name = "programID")] string? programId,
        [FromQuery(Name = "eventID")] string? eventId,
        string? clientName,
        Paging paging, Caller caller, ReportStore reports, EventStore events)
    {
        // A 3.1 report no longer carries programID (issue 253): the filter goes through the report's event.
        var matching = reports.Where(r =>
            (eventId is null || r.EventId == eventId)
            && (clientName is null || r.ClientName == clientName)
            && (programId is null || events.Find(r.EventId!)?.ProgramId == programId)
            && CanRead(caller, r));
        return TypedResults.Ok(paging.Apply(matching));
    }

    /// <summary>The VTN writes clientID from the token; an eventID the caller cannot see is a broken foreign key (409).</summary>
    internal static Results<Created<Report>, ProblemResult> CreateReport(
        JsonBody<Report> body, Caller caller, EventStore events, VenStore vens, ReportStore reports)
    {
        var request = body.Value;
        var access = TargetAccess.For(caller, vens);
        if (events.Find(request.EventId!) is not { } evt || !access.CanRead(evt.Targets))
            return ProblemResult.Conflict($"eventID: '{request.EventId}' is not the id of an event.");

        var report = reports.Create(request with { ClientId = caller.ClientId });
        return TypedResults.Created($"/reports/{report.Id}", report);
    }

    internal static Results<Ok<Report>, ProblemResult> SearchReportsByReportId(string reportId, Caller caller, ReportStore reports) =>
        reports.Find(reportId) is { } report && CanRead(caller, report)
            ? TypedResults.Ok(report)
            : ProblemResult.NotFound("reportID", reportId);

    private static bool CanRead(Caller caller, Report report) => caller.ReadsAll || report.ClientId == caller.ClientId;
}
