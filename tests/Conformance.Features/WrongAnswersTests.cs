using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Bindings.OpenAdr3;
using Conformance.Harness;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Vtn;
using Conformance.Roles.Bindings;
using Conformance.Runner.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Features;

/// <summary>
/// A VTN under test that answers outside openadr3.yaml in one field (the reference VTN, served apart, with its answers
/// rewritten on the way out; the harness records them at its end of the wire, as for any third-party VTN): the one
/// scenario of answers.feature that judges that shape fails at its step naming the record, the JSON path and the rule,
/// and another scenario that reads the same answer passes with a finding naming them.
/// </summary>
[TestFixture]
public sealed class WrongAnswersTests
{
    private const string TokenScenario = "The VTN's token answer has the shape of openadr3.yaml's clientCredentialResponse";
    private const string VenScenario = "The ven object the VTN answers has the shape of openadr3.yaml's ven";
    private const string TimestampScenario = "The timestamps of the objects the VTN answers are RFC 3339 date-times";
    private const string ProblemScenario = "The VTN refuses a read of an object that does not exist with openadr3.yaml's problem";
    private const string GroupScenario = "A VEN reads the events of a group once the business logic adds its ven object to the group";
    private const string PrivacyScenario = "A VEN never finds another VEN's ven object or resources";
    private const string JudgingStep = "the VTN's answer has the shape openadr3.yaml gives it, timestamps aside";

    private static readonly string[] HarnessClients = ["harness-business-logic", "harness-ven-1", "harness-ven-2", "harness-ven-3"];

    [Test]
    public async Task A_token_answer_with_scope_as_a_list_fails_the_token_scenario_only()
    {
        var results = await RunAsync(VtnFaults.Rewrite("POST", "/auth/token", _ => true,
            // The scopes the VTN grants, as a list rather than openadr3.yaml's space-separated string.
            token => token["scope"] = new JsonArray([.. token["scope"]!.GetValue<string>().Split(' ').Select(s => JsonValue.Create(s))])),
            GroupScenario, TokenScenario);

        FailsAt(results[TokenScenario], JudgingStep, @"#\d+ \$\.scope: StringExpected \(scope\) " +
            @"\(openadr3\.yaml clientCredentialResponse\.scope: StringExpected\)");
        PassesWithFinding(results[GroupScenario], @"^\$\.scope$", "openadr3.yaml clientCredentialResponse.scope: StringExpected");
        results[GroupScenario].Findings.Should()
            .ContainSingle(f => f.Rule.StartsWith("Definition.md HTTPS/TLS"), "an http VTN is noted once per run");
        results[TokenScenario].Findings.Should().NotContain(f => f.Rule.StartsWith("Definition.md HTTPS/TLS"));
    }

    [Test]
    public async Task A_ven_object_with_a_non_string_target_fails_the_ven_scenario_only()
    {
        var results = await RunAsync(VtnFaults.Rewrite("GET", "/vens", _ => true,
            vens => VtnFaults.Each(vens).ForEach(ven => ven["targets"] = new JsonArray([
                .. (ven["targets"]?.AsArray() ?? []).Select(t => t?.DeepClone()),
                new JsonObject { ["type"] = "GROUP" }]))),
            VenScenario, GroupScenario);

        FailsAt(results[VenScenario], JudgingStep,
            @"#\d+ \$\.targets\[\d+\]: StringExpected .*\(openadr3\.yaml ven\.targets\[\*\]: StringExpected\)");
        PassesWithFinding(results[GroupScenario], @"^\$(\[0\])?\.targets\[\d+\]$", "openadr3.yaml ven.targets[*]: StringExpected");
    }

    [Test]
    public async Task Timestamps_without_T_fail_the_timestamp_scenario_only()
    {
        var results = await RunAsync(VtnFaults.Rewrite("GET", "/vens", _ => true, vens => VtnFaults.Each(vens).ForEach(ven =>
            ven["createdDateTime"] = ven["createdDateTime"]!.GetValue<string>().Replace('T', ' '))), TimestampScenario, VenScenario);

        FailsAt(results[TimestampScenario], "every timestamp in the VTN's answer is an RFC 3339 date-time",
            @"#\d+ \$\.createdDateTime: DateTimeExpected .*\(openadr3\.yaml ven\.createdDateTime: DateTimeExpected\)");
        PassesWithFinding(results[VenScenario], @"^\$\.createdDateTime$", "openadr3.yaml ven.createdDateTime: DateTimeExpected");
    }

    [Test]
    public async Task A_problem_with_its_status_as_a_string_fails_the_problem_scenario_only()
    {
        var results = await RunAsync(
            VtnFaults.Rewrite("GET", "/vens", status => status >= 400, problem => problem["status"] = $"{problem["status"]}"),
            ProblemScenario, PrivacyScenario);

        FailsAt(results[ProblemScenario], "the VTN's answer is a problem as openadr3.yaml defines it",
            @"#\d+ \$\.status: IntegerExpected .*\(openadr3\.yaml problem\.status: IntegerExpected\)");
        PassesWithFinding(results[PrivacyScenario], @"^\$\.status$", "openadr3.yaml problem.status: IntegerExpected");
    }

    [Test]
    public async Task An_empty_list_for_another_vens_object_by_id_reveals_nothing_but_is_no_problem_answer()
    {
        var results = await RunAsync(Answer200EmptyListForRefusedVenReads(), PrivacyScenario, ProblemScenario);

        PassesWithFinding(results[PrivacyScenario], @"^\$$", "openadr3.yaml ven: ObjectExpected");
        FailsAt(results[ProblemScenario], "the VTN's answer is a problem as openadr3.yaml defines it",
            @"#\d+ \$: ObjectExpected .*\(openadr3\.yaml ven: ObjectExpected\)");
    }

    [Test]
    public async Task A_vtn_ignoring_the_ven_name_filter_lists_the_vens_own_object_which_is_no_leak()
    {
        var results = await RunAsync(app => app.Use((context, next) =>
        {
            // The filter is dropped before the VTN reads the query: it lists what the caller may see, the VEN's own object.
            if (context.Request.Path.StartsWithSegments("/vens")) context.Request.QueryString = QueryString.Empty;
            return next(context);
        }), PrivacyScenario);

        results[PrivacyScenario].Verdict.Should().Be(Verdict.Pass, results[PrivacyScenario].Message);
    }

    private static void FailsAt(ScenarioResult result, string step, string messagePattern)
    {
        result.Verdict.Should().Be(Verdict.Fail, result.Message);
        result.DecidingStep!.Step.Text.Should().Be(step);
        result.Message.Should().MatchRegex(messagePattern);
    }

    private static void PassesWithFinding(ScenarioResult result, string pathPattern, string rule)
    {
        result.Verdict.Should().Be(Verdict.Pass, result.Message);
        result.Findings.Should().Contain(f => f.Path != null && Regex.IsMatch(f.Path, pathPattern) && f.Rule == rule && f.Record != null,
            string.Join("\n", result.Findings.Select(f => f.Describe())));
    }

    /// <summary>
    /// Serves the reference VTN with <paramref name="fault"/> in its pipeline, certifies it as a VTN under test over http
    /// with the harness's clients, and runs the named scenarios in one run.
    /// </summary>
    private static async Task<Dictionary<string, ScenarioResult>> RunAsync(Action<IApplicationBuilder> fault, params string[] scenarioNames)
    {
        await using var vtn = await VtnServer.StartAsync(new VtnOptions
        {
            Url = $"http://127.0.0.1:{FreePort()}",
            Clients = [.. HarnessClients.Select(id => new VtnClientCredential(id, $"{id}-secret",
                id == "harness-business-logic" ? VtnClientRole.BusinessLogic : VtnClientRole.Ven))],
            ConfigurePipeline = fault,
        });
        var folder = Path.Combine(Path.GetTempPath(), "conformance-features", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var sut = Path.Combine(folder, "sut.json");
        await File.WriteAllTextAsync(sut, $$"""
            {
              "name": "Reference VTN answering outside openadr3.yaml",
              "roleUnderTest": "vtn",
              "vtn": {
                "url": "{{vtn.BaseAddress}}",
                "clients": { {{string.Join(", ", HarnessClients.Select(id => $$"""  "{{id}}": { "clientSecret": "{{id}}-secret" }"""))}} }
              }
            }
            """);
        var binding = new OpenAdr3Binding();
        var plan = FeatureScenarios.Plan(SystemUnderTestLoader.Load(sut, [binding]), binding, Path.Combine(folder, "reports"));
        await using var run = await ConformanceRun.StartAsync(plan);
        var results = new Dictionary<string, ScenarioResult>();
        foreach (var name in scenarioNames)
            results[name] = await run.RunScenarioAsync(plan.Features.Scenarios.Single(s => s.Title == name));
        return results;
    }

    /// <summary>A VTN that answers a VEN's read by id of a ven object it may not see with 200 and an empty list.</summary>
    private static Action<IApplicationBuilder> Answer200EmptyListForRefusedVenReads() => VtnFaults.Intercept(
        request => request.Method == "GET" && request.Path.StartsWithSegments("/vens", out var rest) && rest.HasValue,
        (context, body) =>
        {
            if (context.Response.StatusCode is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)) return Task.FromResult(body);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            return Task.FromResult("[]"u8.ToArray());
        });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
