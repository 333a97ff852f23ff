using System.Threading.Channels;

namespace Conformance.Harness.Progress;

/// <summary>
/// A run's events as an asynchronous stream, for a reader on its own pace (a web UI's socket): nothing is dropped and
/// the stream ends after <see cref="RunFinished"/>.
/// </summary>
public sealed class RunEventChannel : IRunObserver
{
    private readonly Channel<RunEvent> _channel = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });

    public void OnEvent(RunEvent runEvent)
    {
        _channel.Writer.TryWrite(runEvent);
        if (runEvent is RunFinished) _channel.Writer.TryComplete();
    }

    /// <summary>Ends the stream without a <see cref="RunFinished"/>, for a run that could not start.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    public IAsyncEnumerable<RunEvent> ReadAllAsync(CancellationToken ct = default) => _channel.Reader.ReadAllAsync(ct);
}
