namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// A test class whose tests start their own servers and clients (VTNs, callback receivers, MQTT listeners): each is
/// started through <see cref="Start{T}"/> and disposed after the test, last started first, so a VTN outlives the
/// clients connected to it.
/// </summary>
public abstract class ResourceTests
{
    private readonly List<IAsyncDisposable> started = [];

    [TearDown]
    public async Task DisposeStarted()
    {
        foreach (var resource in Enumerable.Reverse(started)) await resource.DisposeAsync();
        started.Clear();
    }

    protected async Task<T> Start<T>(Task<T> starting) where T : IAsyncDisposable
    {
        var resource = await starting;
        started.Add(resource);
        return resource;
    }

    /// <summary>Disposes, with the others, what is started and stopped otherwise than as an <see cref="IAsyncDisposable"/>.</summary>
    protected void Started(Func<Task> stop, Action dispose) => started.Add(new Stopping(stop, dispose));

    private sealed class Stopping(Func<Task> stop, Action dispose) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop();
            dispose();
        }
    }
}
