using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A bounded queue with one worker, so what it carries is handled one at a time and in order (a subscriber sees
/// its notifications in the order of the changes). When full, a new item is dropped with a log line: whoever
/// enqueues never waits for a slow receiver.
/// </summary>
internal sealed class DeliveryLane<T> where T : notnull
{
    private readonly string name;
    private readonly int capacity;
    private readonly ILogger log;
    private readonly Channel<T> queue;

    public DeliveryLane(string name, int capacity, Func<T, CancellationToken, Task> handle, ILogger log, CancellationToken stop)
    {
        this.name = name;
        this.capacity = capacity;
        this.log = log;
        queue = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        Completion = Task.Run(() => PumpAsync(handle, stop), CancellationToken.None);
    }

    /// <summary>Ends when the lane was completed and drained, or stopped.</summary>
    public Task Completion { get; }

    public void Enqueue(T item)
    {
        if (!queue.Writer.TryWrite(item)) log.LogWarning("{Lane}: queue full ({Capacity}); dropped {Item}", name, capacity, item);
    }

    /// <summary>Accepts nothing more; what is queued is still delivered.</summary>
    public void Complete() => queue.Writer.TryComplete();

    private async Task PumpAsync(Func<T, CancellationToken, Task> handle, CancellationToken stop)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stop))
            {
                try
                {
                    await handle(item, stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One bad delivery must not end the lane for the ones behind it.
                    log.LogError(ex, "{Lane}: delivering {Item} failed", name, item);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The VTN is stopping: what is still queued is not delivered.
        }
    }
}
