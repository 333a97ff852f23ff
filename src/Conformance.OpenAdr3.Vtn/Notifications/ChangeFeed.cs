using System.Threading.Channels;
using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The one seam between the stores and notifications: a store write hands its change here and returns at once.
/// The queue is bounded; when it is full the change is dropped with a log line, since waiting would make the
/// API as slow as the slowest receiver.
/// </summary>
internal sealed class ChangeFeed(VtnOptions options, ILogger<ChangeFeed> log)
{
    private readonly Channel<ObjectChange> changes = Channel.CreateBounded<ObjectChange>(
        new BoundedChannelOptions(options.Notifications.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public void Publish(string operation, ObjectMetadata changed)
    {
        var change = new ObjectChange(operation, changed);
        if (!changes.Writer.TryWrite(change))
            log.LogWarning("Notification queue full ({Capacity}): no notifications for {Change}", options.Notifications.QueueCapacity, change);
    }

    public IAsyncEnumerable<ObjectChange> ReadAllAsync(CancellationToken stop) => changes.Reader.ReadAllAsync(stop);
}
