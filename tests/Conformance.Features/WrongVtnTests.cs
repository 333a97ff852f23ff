using System.Text.Json.Nodes;
using Conformance.Bindings.OpenAdr3;
using Conformance.Harness;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Features;

/// <summary>
/// A deliberately wrong VTN (the reference VTN with its answers rewritten on the way out, inside the evidence
/// recording) makes a report-request scenario fail at the step that judges the broken hop, with a message naming
/// what was sent, what was read and the evidence.
/// </summary>
[TestFixture]
public sealed class WrongVtnTests
{
    [Test]
    public async Task A_vtn_that_drops_the_readings_of_reports_fails_the_read_back_step()
    {
        var result = await RunAsync("The business logic reads back the readings the VEN reported",
            Rewrite("GET", "/reports",
                reports => VtnFaults.Each(reports, "resources", "intervals", "payloads").ForEach(payload => payload["values"] = new JsonArray())));

        result.Verdict.Should().Be(Verdict.Fail, result.Message);
        result.DecidingStep!.Step.Text.Should()
            .StartWith("the business logic reads the report of VEN \"harness-ven-1\" on event \"Usage-day\" as the VEN sent it");
        result.Message.Should().MatchRegex(@"Expected the business logic's GET /reports\?eventID=\S+ to give VEN 'harness-ven-1''s report " +
                @"on event 'Usage-day' \(id \S+\) as the VEN sent it, but ")
            .And.Contain("resources[0].intervals[0].payloads[0].values: sent 1 item(s), read 0")
            .And.MatchRegex(@"\(evidence: #\d+ t=\d+\.\d{6} s GET /reports\?eventID=\S+ \(Vtn -> BusinessLogic\) 200\)");
    }

    [Test]
    public async Task A_vtn_that_loses_part_of_an_events_report_request_fails_the_step_where_the_ven_reads_it()
    {
        var result = await RunAsync("A VEN reads an event's report request as the business logic wrote it",
            Rewrite("GET", "/events",
                events => VtnFaults.Each(events, "reportDescriptors").ForEach(descriptor => descriptor.Remove("numIntervals"))));

        result.Verdict.Should().Be(Verdict.Fail, result.Message);
        result.DecidingStep!.Step.Text.Should().Be("VEN \"harness-ven-1\" reads event \"Usage-hours\" as the business logic published it");
        result.Message.Should().Contain("Expected VEN 'harness-ven-1' polling for events to find event 'Usage-hours'")
            .And.Contain("listed reportDescriptors[0].numIntervals: sent 2, read none")
            .And.Contain("by id reportDescriptors[0].numIntervals: sent 2, read none")
            .And.MatchRegex(@"#\d+ t=\d+\.\d{6} s GET /events/\S+ \(Vtn -> Ven harness-ven-1\) 200");
    }

    internal static async Task<ScenarioResult> RunAsync(string scenarioName, Action<IApplicationBuilder> vtnFault)
    {
        var output = Path.Combine(Path.GetTempPath(), "conformance-features", Guid.NewGuid().ToString("N"));
        var plan = FeatureScenarios.Plan(SystemUnderTestDescription.EmbeddedDefault, new OpenAdr3Binding(vtnFault), output);
        var scenario = plan.Features.Scenarios.Single(s => s.DisplayName.Contains(scenarioName, StringComparison.Ordinal));
        await using var run = await ConformanceRun.StartAsync(plan);
        return await run.RunScenarioAsync(scenario);
    }

    private static Action<IApplicationBuilder> Rewrite(string method, string collection, Action<JsonNode> change) =>
        VtnFaults.Rewrite(method, collection, status => status == StatusCodes.Status200OK, change);
}
