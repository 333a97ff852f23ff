namespace Conformance.Model.Execution;

/// <summary>
/// The running scenario's cancellation, taken by step classes through context injection: the harness cancels it when
/// the scenario overruns its bound or the run is stopped, so a step that waits (for a message, a server, a poll)
/// gives up at once instead of holding the whole run. Steps pass <see cref="Token"/> to everything they await.
/// </summary>
public sealed class ScenarioCancellation(CancellationToken token)
{
    /// <summary>For a step class created outside a run (a unit test): never cancelled.</summary>
    public static ScenarioCancellation None { get; } = new(CancellationToken.None);

    public CancellationToken Token { get; } = token;
}
