namespace Conformance.Model.Verdicts;

/// <summary>
/// Ends a step with a verdict other than pass. Steps throw it (through <see cref="Judge"/>); the runner turns it
/// into the step's and the scenario's verdict, and its message goes into every report unchanged.
/// </summary>
public sealed class VerdictException(Verdict verdict, string message, Measurement? measurement = null) : Exception(message)
{
    public Verdict Verdict { get; } = verdict;

    /// <summary>The measurement that produced this verdict, when it was a timing or quantity check.</summary>
    public Measurement? Measurement { get; } = measurement;
}
