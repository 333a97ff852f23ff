using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bindings.OpenAdr3;
using Conformance.Harness;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Features;

/// <summary>
/// A VTN that reads 3.1 otherwise than the harness on a check no sentence states (report-request.feature's
/// `@interpretation`: a report on an event its VEN may not read) passes, and the failure is an advisory finding
/// naming the record, apart from conformance.
/// </summary>
[TestFixture]
public sealed class InterpretationTests
{
    [Test]
    public async Task A_vtn_that_accepts_a_report_on_a_hidden_event_passes_with_an_advisory_finding_naming_the_record()
    {
        var output = Path.Combine(Path.GetTempPath(), "conformance-features", Guid.NewGuid().ToString("N"));
        var plan = FeatureScenarios.Plan(SystemUnderTestDescription.EmbeddedDefault, new OpenAdr3Binding(AcceptingEveryReport), output);
        var scenario = plan.Features.Scenarios.Single(s => s.Title == "A VEN cannot report on an event it may not read");
        await using var run = await ConformanceRun.StartAsync(plan);

        var result = await run.RunScenarioAsync(scenario);

        result.Verdict.Should().Be(Verdict.Pass, result.Message);
        var finding = result.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(FindingKind.Advisory);
        finding.Rule.Should().Be("@interpretation: no normative sentence, the reading of features/openadr3/report-request.feature");
        finding.Message.Should().StartWith("Step 'Then the VTN refuses the report of VEN \"harness-ven-1\"'")
            .And.Contain("it accepted it as report accepted-anyway");
        finding.Record.Should().NotBeNull("the failure names the VEN's exchange with the VTN");
    }

    /// <summary>Answers a VEN's refused POST /reports with 201 and the report as sent, as a VTN reading 3.1 otherwise would.</summary>
    private static readonly Action<IApplicationBuilder> AcceptingEveryReport = VtnFaults.Intercept(
        request => request.Method == HttpMethods.Post && request.Path.StartsWithSegments("/reports"),
        async (context, refused) =>
        {
            context.Request.Body.Position = 0;
            if (context.Response.StatusCode != StatusCodes.Status409Conflict
                || await JsonNode.ParseAsync(context.Request.Body) is not JsonObject report) return refused;
            report["id"] = "accepted-anyway";
            report["objectType"] = "REPORT";
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            return Encoding.UTF8.GetBytes(report.ToJsonString());
        });
}
