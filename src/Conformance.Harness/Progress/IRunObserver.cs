namespace Conformance.Harness.Progress;

/// <summary>
/// Receives a run's events one at a time, never two at once, in the order they happened. Called on the run's
/// threads (a message may arrive on a server's), so it must be quick; an exception it throws is ignored, so that a
/// broken display cannot change a verdict.
/// </summary>
public interface IRunObserver
{
    void OnEvent(RunEvent runEvent);
}
