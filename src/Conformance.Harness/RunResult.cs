using Conformance.Model.Verdicts;
using Conformance.Reporting;

namespace Conformance.Harness;

/// <summary>A finished run: its report as data and where its files are.</summary>
/// <param name="ReportDirectory">reports/&lt;run-id&gt;/, holding evidence.jsonl and the reports.</param>
public sealed record RunResult(RunReport Report, string ReportDirectory, ReportFiles Files)
{
    public string RunId => Report.RunId;

    /// <summary>The worst scenario verdict, an error when a feature could not be read or nothing ran.</summary>
    public Verdict Verdict => Report.RunVerdict;
}
