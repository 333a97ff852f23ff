using System.Text.Json;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>OpenADR 3.1 "Programs", "Events" and "Reports", polling halves: what a poll after a change finds.</summary>
[Binding]
public sealed class PollingSteps(
    GridDomain grid, ProgramDriver programs, PublicationDriver publications, GroupingDriver grouping, ReportDriver reports, AnswerTrail trail,
    ScenarioCancellation cancellation)
{
    [Given("the business logic has posted program {string}")]
    public Task HasPostedAProgram(string programName) => programs.EnsureAsync(new Program { ProgramName = programName });

    [When("the business logic posts program {string}")]
    public Task PostsAProgram(string programName) => programs.PostAsync(new Program { ProgramName = programName });

    [When("the business logic posts program {string} targeted at group {string}")]
    public Task PostsATargetedProgram(string programName, string group) =>
        programs.PostAsync(new Program { ProgramName = programName, Targets = [group] });

    [Given("the business logic has posted event {string} in program {string} at simple level {int}")]
    [When("the business logic posts event {string} in program {string} at simple level {int}")]
    public Task PostsAnEvent(string eventName, string programName, int level) =>
        publications.PublishAsync(eventName, OpenAdrEvents.SimpleLevel(programs.Stored(programName).Id!, eventName, level, grid.Now));

    [When("the business logic changes event {string} to simple level {int}")]
    public Task ChangesAnEvent(string eventName, int level)
    {
        var sent = publications.Sent(eventName);
        return publications.ChangeAsync(eventName, sent with
        {
            Intervals = [.. (sent.Intervals ?? []).Select(i => i with { Payloads = [ValuesMap.Of(PayloadTypes.Simple, level)] })],
        });
    }

    [Then("VEN {string} polling for programs finds program {string}")]
    public Task FindsTheProgram(string venName, string programName) => programs.ReadAsVenAsync(venName, programName);

    [Then("VEN {string} polling for events of program {string} finds event {string} at simple level {int}")]
    public async Task FindsTheEvent(string venName, string programName, string eventName, int level)
    {
        var programId = programs.Stored(programName).Id!;
        var mark = trail.Mark();
        var (listed, byId) = await publications.ReadAsVenAsync(venName, eventName, new EventSearch { ProgramId = programId },
            $"polling for events of program '{programName}'");
        var strays = listed.Where(e => e.ProgramId != programId).ToList();
        if (strays.Count > 0)
            throw Judge.Fail($"VEN '{venName}''s GET /events?programID={programId} to list only events of program '{programName}'",
                $"it also listed {string.Join(", ", strays.Take(5).Select(e => $"'{e.EventName}' of program {e.ProgramId}"))} " +
                $"{await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
        var read = SimpleLevel(byId);
        if (read != level)
            throw Judge.Fail($"event '{eventName}' as VEN '{venName}' reads it to be at simple level {level}",
                $"it is at {(read is null ? "no simple level" : $"simple level {read}")} {await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
    }

    [Then("VEN {string} polling for events of program {string} finds no event {string}")]
    public async Task FindsNoEvent(string venName, string programName, string eventName)
    {
        var (programId, evt) = (programs.Stored(programName).Id!, grouping.Published(eventName));
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        var mark = trail.Mark();
        var listed = await VtnAnswers.Accepted(
            Pages.AllAsync((skip, limit) => ven.GetEventsAsync(new EventSearch { ProgramId = programId, Skip = skip, Limit = limit })),
            $"the VTN to answer VEN '{venName}''s GET /events?programID={programId}");
        if (listed.Any(e => e.Id == evt.Id))
            throw Judge.Fail($"VEN '{venName}''s GET /events?programID={programId} (program '{programName}') not to list event '{eventName}' of " +
                $"program {evt.ProgramId}",
                $"it listed it {await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
    }

    [Then("the business logic polling for reports of program {string} finds the report of VEN {string} on event {string}")]
    public async Task FindsTheReportByProgram(string programName, string venName, string eventName)
    {
        var (programId, evt) = (programs.Stored(programName).Id!, grouping.Published(eventName));
        var mark = trail.Mark();
        var listed = await reports.BusinessLogicReadsAsync(new ReportSearch { ProgramId = programId });
        var listing = await trail.SinceAsync(mark, AnswerTrail.BusinessLogic);
        var problems = new List<string>();
        if (!listed.Any(r => r.EventId == evt.Id && r.ClientId == venName))
            problems.Add($"it listed {listed.Count} report(s), none of VEN '{venName}' on event {evt.Id}");
        // A 3.1 report names no program: each listed report's program is its event's, as the business logic reads it.
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        foreach (var eventId in listed.Select(r => r.EventId!).Distinct())
            if ((await bl.GetEventAsync(eventId)).ProgramId is var other && other != programId)
                problems.Add($"it listed reports on event {eventId}, of program {other}");
        if (problems.Count > 0)
            throw Judge.Fail($"the business logic's GET /reports?programID={programId} (program '{programName}') to list VEN '{venName}''s report " +
                $"on event '{eventName}', and only reports on that program's events",
                $"{string.Join("; ", problems)} {listing}");
    }

    [Then("the business logic polling for reports of event {string} finds the report of VEN {string}")]
    public async Task FindsTheReportByEvent(string eventName, string venName)
    {
        var evt = grouping.Published(eventName);
        var mark = trail.Mark();
        var listed = await reports.BusinessLogicReadsAsync(new ReportSearch { EventId = evt.Id });
        var problems = new List<string>();
        if (!listed.Any(r => r.EventId == evt.Id && r.ClientId == venName))
            problems.Add($"it listed {listed.Count} report(s), none of VEN '{venName}'");
        if (listed.Where(r => r.EventId != evt.Id).Select(r => r.Id).ToList() is { Count: > 0 } strays)
            problems.Add($"it listed reports on other events ({string.Join(", ", strays.Take(5))})");
        if (problems.Count > 0)
            throw Judge.Fail($"the business logic's GET /reports?eventID={evt.Id} to list VEN '{venName}''s report on event '{eventName}', and " +
                "only reports on that event",
                $"{string.Join("; ", problems)} {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
    }

    [Then("the business logic polling for reports of program {string} finds no report on event {string}")]
    public async Task FindsNoReportOnTheEvent(string programName, string eventName)
    {
        var (programId, evt) = (programs.Stored(programName).Id!, grouping.Published(eventName));
        var mark = trail.Mark();
        var listed = await reports.BusinessLogicReadsAsync(new ReportSearch { ProgramId = programId });
        if (listed.Where(r => r.EventId == evt.Id).ToList() is { Count: > 0 } wrong)
            throw Judge.Fail($"the business logic's GET /reports?programID={programId} (program '{programName}') to list no report on event " +
                $"'{eventName}' of program {evt.ProgramId}",
                $"it listed {wrong.Count} ({string.Join(", ", wrong.Select(r => r.Id))}) {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
    }

    [Then("the business logic polling for reports of event {string} finds no report of VEN {string}")]
    public async Task FindsNoReportOfTheVen(string eventName, string venName)
    {
        var evt = grouping.Published(eventName);
        var mark = trail.Mark();
        var listed = await reports.BusinessLogicReadsAsync(new ReportSearch { EventId = evt.Id });
        if (listed.Where(r => r.ClientId == venName).ToList() is { Count: > 0 } wrong)
            throw Judge.Fail($"the business logic's GET /reports?eventID={evt.Id} to list no report of VEN '{venName}' on event '{eventName}'",
                $"it listed {wrong.Count} ({string.Join(", ", wrong.Select(r => r.Id))}) {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
    }

    /// <summary>The SIMPLE level of the event's first interval, if it has one.</summary>
    private static int? SimpleLevel(Event evt) =>
        evt.Intervals?.FirstOrDefault()?.Payloads?.FirstOrDefault(p => p.Type == PayloadTypes.Simple)?.Values?.FirstOrDefault()
            is { ValueKind: JsonValueKind.Number } v
        && v.TryGetInt32(out var level) ? level : null;
}
