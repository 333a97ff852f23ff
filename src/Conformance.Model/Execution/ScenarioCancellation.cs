namespace Conformance.Model.Execution;

/// <summary>
/// The running scenario's cancellation: steps take it by injection and pass its token to every wait and call, so that a
/// scenario that overruns its bound (or a run that is stopped) gives up at once and the run goes on with the next one.
/// The harness registers one per scenario; one made with <c>new()</c> (a unit test of steps) is never cancelled.
/// </summary>
public sealed class ScenarioCancellation
{
    public CancellationToken Token { get; init; }
}
