using System.Xml.Linq;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;

namespace Conformance.Reporting.Tests;

public class JUnitReportTests : ReportDirectory
{
    private async Task<XDocument> JUnit(RunReport report) => XDocument.Load((await Write(report)).JUnit);

    private static XElement Case(XDocument junit, string title) =>
        junit.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).Contains(title));

    [Test]
    public async Task Each_feature_file_is_a_suite_with_its_counts()
    {
        var junit = await JUnit(SampleRun.Report());
        var suites = junit.Root!.Elements("testsuite").ToList();
        suites.Select(s => (string?)s.Attribute("name")).Should().Equal("Event distribution", "Reports");
        suites.Select(s => string.Join(' ', new[] { "tests", "failures", "errors", "skipped" }.Select(a => s.Attribute(a)!.Value)))
            .Should().Equal("3 1 1 0", "2 0 1 1");
        junit.Root.Attribute("tests")!.Value.Should().Be("5");
        junit.Root.Attribute("errors")!.Value.Should().Be("2");
    }

    [Test]
    public async Task A_testcase_is_named_by_display_name_and_classed_by_feature_file()
    {
        var testCase = Case(await JUnit(SampleRun.Report()), "A pass scenario");
        ((string?)testCase.Attribute("name")).Should().Be("Event distribution: A pass scenario [venName=ven-1]");
        ((string?)testCase.Attribute("classname")).Should().Be("features.grid.event-distribution.feature");
        ((string?)testCase.Attribute("time")).Should().Be("2");
        testCase.Elements().Should().BeEmpty();
    }

    [Test]
    public async Task A_fail_is_a_failure_with_the_steps_and_measurements()
    {
        var failure = Case(await JUnit(SampleRun.Report()), "A fail scenario").Element("failure")!;
        ((string?)failure.Attribute("type")).Should().Be("fail");
        failure.Value.Should().Contain("[failed] When the business logic publishes an event")
            .And.Contain("[passed] Given a VTN and a VEN").And.Contain("measured: VEN retrieval after publication");
    }

    [Test]
    public async Task Inconclusive_and_error_are_errors_so_no_ci_reads_them_as_passes()
    {
        var junit = await JUnit(SampleRun.Report());
        var inconclusive = Case(junit, "A inconclusive scenario").Element("error")!;
        ((string?)inconclusive.Attribute("type")).Should().Be("inconclusive");
        ((string?)inconclusive.Attribute("message")).Should().StartWith("inconclusive: the SUT does not declare");
        ((string?)Case(junit, "A error scenario").Element("error")!.Attribute("type")).Should().Be("error");
    }

    [Test]
    public async Task Not_applicable_is_skipped_with_its_reason()
    {
        var skipped = Case(await JUnit(SampleRun.Report()), "A notApplicable scenario").Element("skipped")!;
        ((string?)skipped.Attribute("message")).Should().Be("not applicable: no VEN under test");
    }

    [Test]
    public async Task Scenario_output_goes_to_system_out()
    {
        var report = SampleRun.Report([SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null, output: "polled twice")]);
        Case(await JUnit(report), "A pass scenario").Element("system-out")!.Value.Should().Be("polled twice");
    }

    [Test]
    public async Task A_pass_lists_its_findings_after_its_output()
    {
        var advisory = new Finding("@interpretation", "the VTN accepted a report on a hidden event", 30, null, FindingKind.Advisory);
        var pass = SampleRun.Result(Verdict.Pass, SampleRun.Reports, 10, null, output: "polled twice") with { Findings = [advisory] };

        var testCase = Case(await JUnit(SampleRun.Report([pass])), "A pass scenario");

        testCase.Elements().Select(e => e.Name.LocalName).Should().Equal("system-out");
        testCase.Element("system-out")!.Value.Should().Be("polled twice\nfindings (not judged by this scenario):\n"
            + "    #30: the VTN accepted a report on a hidden event (advisory, @interpretation)\n");
    }

    [Test]
    public async Task A_parse_error_is_an_error_testcase_naming_file_line_and_column()
    {
        var report = SampleRun.Report(errors: [new FeatureParseError("features/grid/broken.feature", 5, 3, "expected: #Step")]);
        var error = Case(await JUnit(report), "broken.feature: syntax error").Element("error")!;
        ((string?)error.Attribute("type")).Should().Be("error");
        ((string?)error.Attribute("message")).Should().Be("features/grid/broken.feature:5:3: expected: #Step");
    }

    [Test]
    public async Task Characters_xml_cannot_carry_do_not_break_the_file()
    {
        var message = "VEN sent \u0000\u001b[31mbad\u0007 payload \uD83D\uDE00 and a lone \uD800 surrogate";
        var report = SampleRun.Report([SampleRun.Result(Verdict.Fail, SampleRun.Reports, 10, message, output: "out\u0001put")]);
        var testCase = Case(await JUnit(report), "A fail scenario");
        ((string?)testCase.Element("failure")!.Attribute("message")).Should().Be("VEN sent [31mbad payload \uD83D\uDE00 and a lone  surrogate");
        testCase.Element("system-out")!.Value.Should().Be("output");
    }
}
