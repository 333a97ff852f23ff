using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Thread-safe, insertion-ordered stored objects, found by id, by unique key and by the <see cref="StoreKey{T}"/>s
/// given. Writers take one lock, which makes a uniqueness check and its write atomic. Readers take none: they read
/// the id index, the key indexes and a snapshot of all rows, whose entries a writer replaces and never changes, so
/// a poll neither waits for a write nor copies the table.
/// </summary>
/// <param name="uniqueKey">
/// The value no two objects may share (a name, or a tuple of fields); null for an object without one, which never
/// conflicts, as NULLs never collide in a SQLite unique index.
/// </param>
internal sealed class Table<T>(Func<T, object?> uniqueKey, IReadOnlyList<StoreKey<T>> keys) where T : ObjectMetadata
{
    private readonly Lock gate = new();

    /// <summary>Every row in insertion order (Seq ascending); read and written under the lock only.</summary>
    private readonly List<Row> rows = [];

    private readonly ConcurrentDictionary<string, Row> byId = new(StringComparer.Ordinal);

    /// <summary>Unique key to the id holding it; read and written under the lock only.</summary>
    private readonly Dictionary<object, string> unique = [];

    /// <summary>Per key, per value, the objects holding it oldest first; each array is replaced, never changed.</summary>
    private readonly Dictionary<StoreKey<T>, ConcurrentDictionary<string, T[]>> indexes =
        keys.ToDictionary(key => key, _ => new ConcurrentDictionary<string, T[]>(StringComparer.Ordinal));

    /// <summary>All rows' objects, made on the first read after a write.</summary>
    private volatile IReadOnlyList<T>? snapshot;

    private long sequence;

    public T? Find(string id) => byId.TryGetValue(id, out var row) ? row.Value : null;

    public IReadOnlyList<T> All() => snapshot ?? Snapshot();

    public IReadOnlyList<T> FindBy(StoreKey<T> key, string value)
    {
        if (!indexes.TryGetValue(key, out var index)) throw new ArgumentException($"'{key}' is not a key of this table.", nameof(key));
        return index.TryGetValue(value, out var found) ? found : [];
    }

    /// <summary>Adds <paramref name="value"/> unless another object holds its unique key.</summary>
    public bool TryAdd(T value)
    {
        lock (gate)
        {
            var key = uniqueKey(value);
            if (key is not null && unique.ContainsKey(key)) return false;
            var row = new Row(++sequence, value);
            rows.Add(row);
            byId[value.Id!] = row;
            if (key is not null) unique[key] = value.Id!;
            Reindex(null, row);
            snapshot = null;
            return true;
        }
    }

    /// <summary>Replaces object <paramref name="id"/> by what <paramref name="replace"/> makes of it (same id), keeping its place.</summary>
    public StoreResult<T> TryReplace(string id, Func<T, T> replace)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(id, out var stored)) return StoreResult<T>.NotFound;
            var replacement = replace(stored.Value);
            var (oldKey, newKey) = (uniqueKey(stored.Value), uniqueKey(replacement));
            if (newKey is not null && unique.TryGetValue(newKey, out var holder) && holder != id) return StoreResult<T>.Conflict;
            if (oldKey is not null) unique.Remove(oldKey);
            if (newKey is not null) unique[newKey] = id;
            var row = stored with { Value = replacement };
            rows[Position(stored)] = row;
            byId[id] = row;
            Reindex(stored, row);
            snapshot = null;
            return StoreResult<T>.Done(replacement);
        }
    }

    /// <summary>Removes and returns object <paramref name="id"/>; null when there is none.</summary>
    public T? Remove(string id)
    {
        lock (gate)
        {
            if (!byId.TryRemove(id, out var row)) return null;
            rows.RemoveAt(Position(row));
            if (uniqueKey(row.Value) is { } key) unique.Remove(key);
            Reindex(row, null);
            snapshot = null;
            return row.Value;
        }
    }

    private IReadOnlyList<T> Snapshot()
    {
        lock (gate) return snapshot ??= new ReadOnlyCollection<T>([.. rows.Select(r => r.Value)]);
    }

    private int Position(Row row) => rows.BinarySearch(row, BySequence.Instance);

    /// <summary>
    /// Moves an object in every index from where <paramref name="old"/> put it to where <paramref name="now"/> puts
    /// it, in its place by age. Each index value's array is swapped in one step, so a reader of that value sees the
    /// object before or after the write, never missing in between.
    /// </summary>
    private void Reindex(Row? old, Row? now)
    {
        foreach (var (key, index) in indexes)
        {
            var (from, to) = (old is null ? null : key.Of(old.Value), now is null ? null : key.Of(now.Value));
            if (from is not null && from == to)
            {
                index[to] = Array.ConvertAll(index[to], o => ReferenceEquals(o, old!.Value) ? now!.Value : o);
                continue;
            }
            if (to is not null)
            {
                var holders = index.GetValueOrDefault(to, []);
                var at = 0;
                while (at < holders.Length && byId[holders[at].Id!].Seq < now!.Seq) at++;
                index[to] = [.. holders[..at], now!.Value, .. holders[at..]];
            }
            if (from is not null && index.TryGetValue(from, out var held))
            {
                var rest = Array.FindAll(held, o => !ReferenceEquals(o, old!.Value));
                if (rest.Length == 0) index.TryRemove(from, out _);
                else index[from] = rest;
            }
        }
    }

    private sealed record Row(long Seq, T Value);

    private sealed class BySequence : IComparer<Row>
    {
        public static readonly BySequence Instance = new();

        public int Compare(Row? x, Row? y) => x!.Seq.CompareTo(y!.Seq);
    }
}
