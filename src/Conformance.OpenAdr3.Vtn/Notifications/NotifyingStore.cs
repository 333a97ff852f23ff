using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Wraps whichever <see cref="IObjectStore{T}"/> is registered (in memory or otherwise) and reports each write
/// that was done to the <see cref="ChangeFeed"/>, so no endpoint has to remember to notify.
/// </summary>
internal sealed class NotifyingStore<T>(IObjectStore<T> inner, ChangeFeed feed, bool ownsInner) : IObjectStore<T>, IDisposable, IAsyncDisposable
    where T : ObjectMetadata
{
    public T? Find(string id) => inner.Find(id);

    public IReadOnlyList<T> All() => inner.All();

    public IReadOnlyList<T> FindBy(StoreKey<T> key, string value) => inner.FindBy(key, value);

    public StoreResult<T> Create(T request) => Report(ObjectOperation.Create, inner.Create(request));

    public StoreResult<T> Update(string id, Func<T, T> update) => Report(ObjectOperation.Update, inner.Update(id, update));

    public T? Delete(string id)
    {
        var deleted = inner.Delete(id);
        if (deleted is not null) feed.Publish(ObjectOperation.Delete, deleted);
        return deleted;
    }

    // The container disposes this wrapper in place of the store it built, so a disposable backend is still closed.
    public void Dispose()
    {
        if (ownsInner) (inner as IDisposable)?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsInner && inner is IAsyncDisposable disposable) await disposable.DisposeAsync();
        else Dispose();
    }

    private StoreResult<T> Report(string operation, StoreResult<T> result)
    {
        if (result is { Outcome: StoreOutcome.Done, Value: { } changed }) feed.Publish(operation, changed);
        return result;
    }
}
