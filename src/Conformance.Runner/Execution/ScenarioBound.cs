namespace Conformance.Runner.Execution;

/// <summary>
/// How long one scenario may run (real time) before the bridge cancels its <see cref="Conformance.Model.Execution.ScenarioCancellation"/>,
/// and how long it then waits for the scenario to return before leaving it behind and going on with a fresh runner.
/// </summary>
public sealed record ScenarioBound(TimeSpan Limit, TimeSpan Grace)
{
    /// <summary>No bound: the scenario runs until it returns or the caller's token is cancelled.</summary>
    public static ScenarioBound None { get; } = new(Timeout.InfiniteTimeSpan, TimeSpan.FromSeconds(5));
}
