using System.Text.Json.Nodes;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;

namespace Conformance.Reporting.Tests;

public class SummaryReportTests : ReportDirectory
{
    private async Task<JsonNode> Summary(RunReport report) => JsonNode.Parse(File.ReadAllText((await Write(report)).Summary))!;

    [Test]
    public async Task Counts_name_all_five_verdicts_and_the_run_verdict_is_the_worst()
    {
        var report = SampleRun.Report([
            SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null),
            SampleRun.Result(Verdict.Pass, SampleRun.Reports, 20, null),
            SampleRun.Result(Verdict.Inconclusive, SampleRun.Reports, 30, "no capability"),
        ]);
        var summary = await Summary(report);
        summary["counts"]!.AsObject().Select(p => $"{p.Key}={p.Value}").Should().BeEquivalentTo(
            "notApplicable=0", "pass=2", "inconclusive=1", "fail=0", "error=0");
        ((int)summary["total"]!).Should().Be(3);
        ((string?)summary["verdict"]).Should().Be("inconclusive");
    }

    [Test]
    public async Task The_run_system_under_test_harness_and_time_are_described()
    {
        var summary = await Summary(SampleRun.Report());
        ((string?)summary["runId"]).Should().Be("run-1");
        ((double)summary["durationSeconds"]!).Should().Be(12.5);
        ((string?)summary["systemUnderTest"]!["roleUnderTest"]).Should().Be("ven");
        ((string?)summary["systemUnderTest"]!["binding"]).Should().Be("openadr3", "the run names the binding it judged on");
        ((string?)summary["systemUnderTest"]!["capabilities"]![0]).Should().Be("reports");
        ((string?)summary["harness"]!["commit"]).Should().Be("abc1234");
        ((string?)summary["time"]!["mode"]).Should().Be("scaled");
        ((double)summary["time"]!["factor"]!).Should().Be(10);
        ((string?)summary["tagFilter"]).Should().Be("@grid");
    }

    [Test]
    public async Task A_scenario_carries_its_deciding_step_and_measurements()
    {
        var summary = await Summary(SampleRun.Report());
        var fail = summary["scenarios"]!.AsArray().Single(s => (string?)s!["verdict"] == "fail")!;
        ((string?)fail["id"]).Should().Be("features/grid/event-distribution.feature:20");
        fail["useCases"]!.AsArray().Select(u => (string?)u).Should().Equal("JWG1100", "TS62746-3-Fig17");
        ((string?)fail["decidingStep"]!["keyword"]).Should().Be("When");
        ((int)fail["decidingStep"]!["line"]!).Should().Be(22);
        var measurement = fail["measurements"]![0]!;
        ((string?)measurement["kind"]).Should().Be("atMost");
        ((double)measurement["margin"]!).Should().BeApproximately(-2.2, 1e-9);
        ((string?)measurement["verdict"]).Should().Be("fail");
        ((string?)measurement["timeMode"]).Should().Be("scaled");
    }

    [Test]
    public async Task A_finding_is_listed_with_its_record_path_and_rule_and_leaves_the_verdict_alone()
    {
        var finding = new Finding("openadr3.yaml token.scope: string", "scope is an array", 12, "$.scope");
        var advisory = new Finding("@interpretation", "the VTN lists another VEN by name", 30, null, FindingKind.Advisory);
        var pass = SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null) with { Findings = [finding, advisory] };

        var summary = await Summary(SampleRun.Report([pass]));

        ((string?)summary["verdict"]).Should().Be("pass");
        ((int)summary["findings"]!).Should().Be(2);
        var listed = summary["scenarios"]![0]!["findings"]!.AsArray();
        ((string?)listed[0]!["rule"]).Should().Be("openadr3.yaml token.scope: string");
        ((long)listed[0]!["record"]!).Should().Be(12);
        ((string?)listed[0]!["path"]).Should().Be("$.scope");
        ((string?)listed[0]!["kind"]).Should().Be("conformance");
        ((string?)listed[1]!["kind"]).Should().Be("advisory");
        finding.Describe().Should().Be("#12 $.scope: scope is an array (openadr3.yaml token.scope: string)");
        advisory.Describe().Should().Be("#30: the VTN lists another VEN by name (advisory, @interpretation)");
    }

    [Test]
    public async Task A_parse_error_is_listed_and_makes_the_run_an_error()
    {
        var report = SampleRun.Report([SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null)],
            [new FeatureParseError("features/grid/broken.feature", 5, 3, "expected: #Step")]);
        var summary = await Summary(report);
        ((string?)summary["verdict"]).Should().Be("error");
        var error = summary["parseErrors"]![0]!;
        $"{error["file"]}:{error["line"]}:{error["column"]}: {error["message"]}".Should().Be("features/grid/broken.feature:5:3: expected: #Step");
    }
}
