using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Where the VTN keeps one kind of object. The store writes the objectMetadata and enforces the entity's
/// unique names atomically; who may see or write what is decided by the endpoints, not here.
/// One implementation per entity and backend: in memory (<see cref="MemoryStore{T}"/>) or SQLite (<see cref="SqliteStore{T}"/>).
/// </summary>
internal interface IObjectStore<T> where T : ObjectMetadata
{
    T? Find(string id);

    /// <summary>Every object, oldest first (the order lists and paging use).</summary>
    IReadOnlyList<T> All();

    /// <summary>Every object whose <paramref name="key"/> is <paramref name="value"/>, oldest first, without reading the others.</summary>
    IReadOnlyList<T> FindBy(StoreKey<T> key, string value);

    /// <summary>Stores <paramref name="request"/> with fresh metadata; Conflict when a unique name is taken.</summary>
    StoreResult<T> Create(T request);

    /// <summary>
    /// Replaces object <paramref name="id"/> by what <paramref name="update"/> makes of the stored one, keeping
    /// its id and createdDateTime and setting modificationDateTime.
    /// </summary>
    StoreResult<T> Update(string id, Func<T, T> update);

    /// <summary>Removes object <paramref name="id"/>; null when there is none.</summary>
    T? Delete(string id);
}
