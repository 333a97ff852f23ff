namespace Conformance.Model.Verdicts;

/// <summary>The one way steps hand down a verdict other than pass, so every message has the same shape.</summary>
public static class Judge
{
    public static VerdictException Fail(string expected, string actual) =>
        new(Verdict.Fail, $"Expected {expected}, but {actual}");

    public static VerdictException Inconclusive(string reason) => new(Verdict.Inconclusive, reason);

    public static VerdictException NotApplicable(string reason) => new(Verdict.NotApplicable, reason);
}
