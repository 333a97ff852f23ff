using System.Globalization;

namespace Conformance.Model.Verdicts;

/// <summary>
/// A quantity the harness measured from evidence and compared with a limit of the standard, e.g. the time from
/// an event's publication to the VEN's first retrieval of it. Kept beside every timing verdict in the reports.
/// </summary>
/// <param name="Name">What was measured, in the use case's words.</param>
/// <param name="Value">The measured value, in <paramref name="Unit"/>.</param>
/// <param name="Limit">The requirement's limit, in <paramref name="Unit"/>.</param>
/// <param name="Clock">The time mode the measurement was taken in (real, scaled, virtual) and its factor.</param>
public sealed record Measurement(string Name, double Value, string Unit, double Limit, LimitKind Kind, ClockSetting Clock)
{
    public bool Satisfied => Kind switch
    {
        LimitKind.AtMost => Value <= Limit,
        LimitKind.AtLeast => Value >= Limit,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>How far inside (positive) or outside (negative) the limit the value lies.</summary>
    public double Margin => Kind == LimitKind.AtMost ? Limit - Value : Value - Limit;

    public Verdict Verdict => Satisfied ? Verdict.Pass : Verdict.Fail;

    public string Describe()
    {
        var relation = Kind == LimitKind.AtMost ? "at most" : "at least";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: expected {relation} {Limit:0.###} {Unit}, measured {Value:0.######} {Unit} (margin {Margin:0.######} {Unit}; {Clock})");
    }

    /// <summary>A duration measurement in seconds, the unit every timing verdict is reported in.</summary>
    public static Measurement Duration(string name, TimeSpan measured, TimeSpan limit, LimitKind kind, ClockSetting clock) =>
        new(name, measured.TotalSeconds, "s", limit.TotalSeconds, kind, clock);
}

public enum LimitKind
{
    AtMost,
    AtLeast,
}
