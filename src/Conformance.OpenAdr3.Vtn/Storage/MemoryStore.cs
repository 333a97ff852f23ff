using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The in-memory <see cref="IObjectStore{T}"/>; each entity's store names its objectType, the value its unique
/// name rule makes unique (null: none) and the <see cref="StoreKey{T}"/>s it is searched by.
/// </summary>
internal abstract class MemoryStore<T>(
    string objectType, TimeProvider time, ILogger log, Func<T, object?>? uniqueKey = null, params IReadOnlyList<StoreKey<T>> keys)
    : IObjectStore<T> where T : ObjectMetadata
{
    private readonly Table<T> table = new(uniqueKey ?? (_ => null), keys);

    public T? Find(string id) => table.Find(id);

    public IReadOnlyList<T> All() => table.All();

    public IReadOnlyList<T> FindBy(StoreKey<T> key, string value) => table.FindBy(key, value);

    public StoreResult<T> Create(T request)
    {
        var created = Metadata.Stamp(request, objectType, time);
        if (!table.TryAdd(created)) return StoreResult<T>.Conflict;
        log.LogInformation("Created {ObjectType} {Id}", objectType, created.Id);
        return StoreResult<T>.Done(created);
    }

    public StoreResult<T> Update(string id, Func<T, T> update)
    {
        var result = table.TryReplace(id, stored => Metadata.Restamp(update(stored), stored, time));
        if (result.Outcome == StoreOutcome.Done) log.LogInformation("Updated {ObjectType} {Id}", objectType, id);
        return result;
    }

    public T? Delete(string id)
    {
        var deleted = table.Remove(id);
        if (deleted is not null) log.LogInformation("Deleted {ObjectType} {Id}", objectType, id);
        return deleted;
    }
}
