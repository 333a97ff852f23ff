namespace Conformance.Model.Execution;

/// <summary>
/// The running scenario's cancellation: steps take it by injection and pass its token to every wait and call, so that a
/// scenario that overruns its bound is stopped and the run goes on with the next one.
/// </summary>
public sealed class ScenarioCancellation
{
    public CancellationToken Token { get; init; }
}
