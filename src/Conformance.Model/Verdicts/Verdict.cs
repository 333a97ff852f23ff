namespace Conformance.Model.Verdicts;

/// <summary>
/// Conformance-testing verdicts (ISO/IEC 9646 / ETSI TTCN-3 meanings). The numeric order is severity:
/// a verdict only gets worse as steps run, so combining two verdicts keeps the larger.
/// </summary>
public enum Verdict
{
    /// <summary>The test purpose does not apply to this system (deliberately not run).</summary>
    NotApplicable = 0,
    /// <summary>The system under test behaved as the standard requires.</summary>
    Pass = 1,
    /// <summary>Neither pass nor fail can be concluded, e.g. a precondition the system under test does not declare.</summary>
    Inconclusive = 2,
    /// <summary>The system under test did not behave as the standard requires.</summary>
    Fail = 3,
    /// <summary>A fault of the harness or of the environment, not a judgement of the system under test.</summary>
    Error = 4,
}

public static class VerdictExtensions
{
    /// <summary>The worse of two verdicts: verdicts only get worse as evidence accumulates.</summary>
    public static Verdict Worst(this Verdict current, Verdict next) => next > current ? next : current;

    public static Verdict Worst(this IEnumerable<Verdict> verdicts) =>
        verdicts.Aggregate(Verdict.NotApplicable, (a, b) => a.Worst(b));

    /// <summary>The spelling used in every report and in summary.json.</summary>
    public static string ToWireName(this Verdict verdict) => verdict switch
    {
        Verdict.NotApplicable => "notApplicable",
        Verdict.Pass => "pass",
        Verdict.Inconclusive => "inconclusive",
        Verdict.Fail => "fail",
        Verdict.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
