namespace Conformance.Evidence.Clock;

/// <summary>
/// Declares work in progress that the run's clock cannot see for itself: a message on the wire, a request being
/// served, a file or database being written. On virtual time (<see cref="VirtualTimeProvider"/>) time stands still
/// while any activity is open; on real and scaled time declaring one costs nothing and changes nothing.
/// </summary>
public interface IRunActivity
{
    /// <summary>Opens an activity; disposing the result closes it (once, however often it is disposed).</summary>
    IDisposable BeginActivity();
}

/// <summary>The activities of a clock that does not wait for anyone: real and scaled time.</summary>
public sealed class NoRunActivity : IRunActivity
{
    public static NoRunActivity Instance { get; } = new();

    private NoRunActivity()
    {
    }

    public IDisposable BeginActivity() => Closed.Instance;

    private sealed class Closed : IDisposable
    {
        public static readonly Closed Instance = new();

        public void Dispose()
        {
        }
    }
}
