namespace Conformance.OpenAdr3.Vtn;

/// <summary>How one delivery attempt went: done, worth another try, or refused for good (why, for the log).</summary>
internal readonly record struct Attempt(AttemptOutcome Outcome, string? Problem)
{
    public static Attempt Done => new(AttemptOutcome.Done, null);

    public static Attempt Retry(string problem) => new(AttemptOutcome.Retry, problem);

    public static Attempt GiveUp(string problem) => new(AttemptOutcome.GiveUp, problem);
}

internal enum AttemptOutcome
{
    Done,
    Retry,
    GiveUp,
}
