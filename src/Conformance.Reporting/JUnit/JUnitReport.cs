using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.JUnit;

/// <summary>
/// junit.xml for CI: one testsuite per feature file, one testcase per scenario. Only a pass is left without a
/// child element: inconclusive and error are &lt;error&gt; and fail is &lt;failure&gt;, so no CI counts them as passed.
/// </summary>
internal static class JUnitReport
{
    public static async Task WriteAsync(RunReport report, string path, CancellationToken ct)
    {
        var files = report.Scenarios.Select(s => s.Scenario.Feature.File).Concat(report.ParseErrors.Select(e => e.File))
            .Distinct().Order(StringComparer.Ordinal);
        var suites = files.Select(file => Suite(
            file,
            report.Scenarios.Where(s => s.Scenario.Feature.File == file).ToList(),
            report.ParseErrors.Where(e => e.File == file).ToList())).ToList();
        var root = new XElement("testsuites",
            Attr("name", $"IEC 62746 conformance run {report.RunId}"),
            Counts(suites.SelectMany(s => s.Elements("testcase")).ToList()),
            Attr("time", Wording.Seconds(report.Duration)),
            Attr("timestamp", report.StartedAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
            suites);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var writer = XmlWriter.Create(path, settings);
        await new XDocument(root).SaveAsync(writer, ct);
    }

    private static XElement Suite(string file, IReadOnlyList<ScenarioResult> scenarios, IReadOnlyList<FeatureParseError> errors)
    {
        var cases = scenarios.Select(TestCase).Concat(errors.Select(SyntaxError)).ToList();
        return new XElement("testsuite",
            Attr("name", scenarios.Count > 0 ? scenarios[0].Scenario.Feature.Title : file),
            Attr("file", file),
            Counts(cases),
            Attr("time", Wording.Seconds(TimeSpan.FromTicks(scenarios.Sum(s => s.Duration.Ticks)))),
            cases);
    }

    /// <summary>tests, failures, errors and skipped, counted from the testcases themselves so they always agree.</summary>
    private static XAttribute[] Counts(IReadOnlyList<XElement> cases)
    {
        int Count(string outcome) => cases.Count(c => c.Element(outcome) is not null);
        return
        [
            new("tests", cases.Count), new("failures", Count("failure")), new("errors", Count("error")), new("skipped", Count("skipped")),
        ];
    }

    private static XElement TestCase(ScenarioResult result)
    {
        var scenario = result.Scenario;
        var message = result.Message ?? "";
        var outcome = result.Verdict switch
        {
            Verdict.Pass => null,
            Verdict.Fail => Outcome("failure", "fail", message, result),
            Verdict.Error => Outcome("error", "error", message, result),
            Verdict.Inconclusive => Outcome("error", "inconclusive", $"inconclusive: {message}", result),
            Verdict.NotApplicable => new XElement("skipped", Attr("message", $"not applicable: {message}")),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Verdict, null),
        };
        return new XElement("testcase",
            Attr("classname", ClassName(scenario.Feature.File)),
            Attr("name", scenario.DisplayName),
            Attr("file", scenario.Feature.File),
            Attr("line", scenario.Line.ToString(CultureInfo.InvariantCulture)),
            Attr("time", Wording.Seconds(result.Duration)),
            outcome,
            SystemOut(result));
    }

    // A pass has no element of its own to carry its findings (a failure's body lists them, StepByStep), so they
    // follow the scenario's output: an advisory finding of an @interpretation is always on a pass.
    private static XElement? SystemOut(ScenarioResult result)
    {
        var findings = result.Verdict == Verdict.Pass && result.Findings.Count > 0
            ? "findings (not judged by this scenario):\n" + string.Concat(result.Findings.Select(f => $"    {f.Describe()}\n"))
            : "";
        var text = result.Output.Length > 0 && findings.Length > 0 ? $"{result.Output}\n{findings}" : result.Output + findings;
        return text.Length == 0 ? null : new XElement("system-out", Text(text));
    }

    private static XElement Outcome(string element, string type, string message, ScenarioResult result) =>
        new(element, Attr("message", message), Attr("type", type), Text(StepByStep.Describe(result)));

    private static XElement SyntaxError(FeatureParseError error) =>
        new("testcase",
            Attr("classname", ClassName(error.File)),
            Attr("name", $"{error.File}: syntax error"),
            Attr("file", error.File),
            Attr("time", "0"),
            new XElement("error", Attr("message", error.ToString()), Attr("type", "error"), Text(error.ToString())));

    private static string ClassName(string file) => file.Replace('/', '.');

    private static XAttribute Attr(string name, string value) => new(name, XmlText.Clean(value));

    private static XText Text(string value) => new(XmlText.Clean(value));
}
