using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Evidence.Log;
using Conformance.Model.Verdicts;

namespace Conformance.Reporting.Tests;

public class AllureResultsTests : ReportDirectory
{
    private async Task<List<JsonObject>> Results()
    {
        var files = await Write(SampleRun.Report());
        return Directory.GetFiles(files.AllureResults, "*-result.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
    }

    private static JsonObject ByVerdict(IEnumerable<JsonObject> results, Verdict verdict) =>
        results.Single(r => Labels(r, "verdict").Single() == verdict.ToWireName());

    private static List<string> Labels(JsonObject result, string name) =>
        result["labels"]!.AsArray().Where(l => (string?)l!["name"] == name).Select(l => (string)l!["value"]!).ToList();

    [Test]
    public async Task Every_scenario_becomes_one_result_file()
    {
        (await Results()).Should().HaveCount(5);
    }

    [TestCase(Verdict.Pass, "passed")]
    [TestCase(Verdict.Fail, "failed")]
    [TestCase(Verdict.Error, "broken")]
    [TestCase(Verdict.Inconclusive, "unknown")]
    [TestCase(Verdict.NotApplicable, "skipped")]
    public async Task Each_verdict_has_its_own_allure_status(Verdict verdict, string status)
    {
        ((string?)ByVerdict(await Results(), verdict)["status"]).Should().Be(status);
    }

    [Test]
    public async Task A_result_has_every_field_allure_requires()
    {
        foreach (var result in await Results())
        {
            result.Select(p => p.Key).Should().Contain(
                ["uuid", "historyId", "testCaseId", "name", "fullName", "status", "stage", "start", "stop", "labels", "steps"]);
            ((string?)result["stage"]).Should().Be("finished");
            Guid.TryParse((string?)result["uuid"], out _).Should().BeTrue();
            ((long)result["stop"]!).Should().BeGreaterThan((long)result["start"]!);
            result["labels"]!.AsArray().Should().AllSatisfy(l => l!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("name", "value"));
            result["steps"]!.AsArray().Should().AllSatisfy(s =>
                s!.AsObject().Select(p => p.Key).Should().Contain(["name", "status", "stage", "start", "stop"]));
        }
    }

    [Test]
    public async Task Labels_name_feature_suite_story_use_cases_and_role_under_test()
    {
        var result = ByVerdict(await Results(), Verdict.Fail);
        Labels(result, "feature").Should().Equal("Event distribution");
        Labels(result, "suite").Should().Equal("features/grid/event-distribution.feature");
        Labels(result, "story").Should().Equal("A published event reaches every VEN");
        Labels(result, "useCase").Should().Equal("JWG1100", "TS62746-3-Fig17");
        Labels(result, "tag").Should().Contain("grid");
        Labels(result, "epic").Should().Equal("IEC 62746");
        Labels(result, "roleUnderTest").Should().Equal("Ven");
    }

    [Test]
    public async Task Names_parameters_and_steps_come_from_the_scenario()
    {
        var result = ByVerdict(await Results(), Verdict.Fail);
        ((string?)result["name"]).Should().Be("A fail scenario [venName=ven-1]");
        ((string?)result["fullName"]).Should().Be("Event distribution: A fail scenario [venName=ven-1]");
        ((string?)result["statusDetails"]!["message"]).Should().Contain("measured 6.2 s");
        result["parameters"]!.AsArray().Select(p => $"{p!["name"]}={p["value"]}").Should().Equal("venName=ven-1", "time mode=scaled x10");
        var judged = result["steps"]!.AsArray()[1]!;
        ((string?)judged["name"]).Should().Be("When the business logic publishes an event");
        ((string?)judged["status"]).Should().Be("failed");
        ((string?)judged["steps"]![0]!["name"]).Should().StartWith("measured: VEN retrieval after publication: expected at most 4 s");
    }

    [Test]
    public async Task The_evidence_attachment_holds_exactly_that_scenarios_records()
    {
        var report = SampleRun.Report();
        var files = await Write(report);
        foreach (var path in Directory.GetFiles(files.AllureResults, "*-result.json"))
        {
            var result = JsonNode.Parse(File.ReadAllText(path))!;
            var attachment = result["attachments"]!.AsArray().Single(a => (string?)a!["name"] == "evidence")!;
            ((string?)attachment["type"]).Should().Be("application/x-ndjson");
            ((string)attachment["source"]!).Should().Be($"{result["uuid"]}-attachment.ndjson");
            var records = File.ReadAllLines(Path.Combine(files.AllureResults, (string)attachment["source"]!))
                .Select(l => JsonSerializer.Deserialize<EvidenceRecord>(l, EvidenceLog.JsonOptions)!).ToList();
            var id = report.Scenarios.Single(s => s.Scenario.DisplayName == (string?)result["fullName"]).Scenario.Id;
            records.Select(r => r.Seq).Should().Equal(report.Evidence.Where(r => r.Scenario == id).Select(r => r.Seq));
        }
    }

    [Test]
    public async Task Scenario_output_is_attached_as_text_only_when_there_is_some()
    {
        var scenarios = new[]
        {
            SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null, output: "VEN polled twice"),
            SampleRun.Result(Verdict.Pass, SampleRun.Reports, 20, null),
        };
        var files = await Write(SampleRun.Report(scenarios));
        var results = Directory.GetFiles(files.AllureResults, "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        var withOutput = results.Single(r => ((string)r["fullName"]!).Contains("Reports: A pass") && r["attachments"]!.AsArray().Count == 2);
        var output = withOutput["attachments"]!.AsArray().Single(a => (string?)a!["type"] == "text/plain")!;
        File.ReadAllText(Path.Combine(files.AllureResults, (string)output["source"]!)).Should().Be("VEN polled twice");
        results.Count(r => r["attachments"]!.AsArray().Count == 1).Should().Be(1);
    }

    [Test]
    public async Task Environment_and_categories_describe_the_run()
    {
        var files = await Write(SampleRun.Report());
        var environment = File.ReadAllText(Path.Combine(files.AllureResults, "environment.properties"));
        environment.Should().Contain("SUT.Vendor=Acme").And.Contain("Role.Under.Test=Ven").And.Contain("Time.Mode=scaled")
            .And.Contain("Time.Factor=10").And.Contain("Harness.Commit=abc1234").And.Contain("Tag.Filter=@grid");
        var categories = JsonNode.Parse(File.ReadAllText(Path.Combine(files.AllureResults, "categories.json")))!.AsArray();
        categories.Select(c => (string?)c!["matchedStatuses"]![0]).Should().Equal("failed", "broken", "unknown");
    }

    [Test]
    public async Task The_allure_3_config_carries_the_same_categories_and_names_the_run()
    {
        var files = await Write(SampleRun.Report());
        var config = JsonNode.Parse(File.ReadAllText(files.AllureConfig))!;
        ((string?)config["name"]).Should().Be("IEC 62746 conformance run run-1");
        config["categories"]!.AsArray().Select(c => $"{c!["name"]}={c["matchedStatuses"]![0]}")
            .Should().Equal("Fail=failed", "Error=broken", "Inconclusive=unknown");
    }

    [Test]
    public async Task Writing_the_same_report_twice_gives_the_same_result_files()
    {
        var report = SampleRun.Report();
        var first = await ReportWriter.WriteAsync(report, Output, CancellationToken.None);
        var names = Directory.GetFiles(first.AllureResults).Order().ToList();
        await ReportWriter.WriteAsync(report, Output, CancellationToken.None);
        Directory.GetFiles(first.AllureResults).Order().Should().Equal(names);
    }
}
