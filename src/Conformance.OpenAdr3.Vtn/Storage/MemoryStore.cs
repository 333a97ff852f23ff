using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>The in-memory <see cref="IObjectStore{T}"/>; each entity's store names its objectType and unique names.</summary>
internal abstract class MemoryStore<T>(string objectType, TimeProvider time, ILogger log) : IObjectStore<T> where T : ObjectMetadata
{
    private readonly Table<T> table = new();

    public T? Find(string id) => table.Find(o => o.Id == id);

    public IReadOnlyList<T> All() => table.All();

    public StoreResult<T> Create(T request)
    {
        var created = Metadata.Stamp(request, objectType, time);
        if (!table.TryAdd(created, existing => Conflicts(existing, created))) return StoreResult<T>.Conflict;
        log.LogInformation("Created {ObjectType} {Id}", objectType, created.Id);
        return StoreResult<T>.Done(created);
    }

    public StoreResult<T> Update(string id, Func<T, T> update)
    {
        var result = table.TryReplace(o => o.Id == id, stored => Metadata.Restamp(update(stored), stored, time), Conflicts);
        if (result.Outcome == StoreOutcome.Done) log.LogInformation("Updated {ObjectType} {Id}", objectType, id);
        return result;
    }

    public T? Delete(string id)
    {
        var deleted = table.RemoveAll(o => o.Id == id).SingleOrDefault();
        if (deleted is not null) log.LogInformation("Deleted {ObjectType} {Id}", objectType, id);
        return deleted;
    }

    /// <summary>True when <paramref name="existing"/> and <paramref name="candidate"/> may not both be stored.</summary>
    protected virtual bool Conflicts(T existing, T candidate) => false;
}
