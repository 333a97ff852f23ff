namespace Conformance.OpenAdr3.Vtn;

/// <summary>Thread-safe, insertion-ordered rows; one lock makes a uniqueness check and its write atomic.</summary>
internal sealed class Table<T> where T : class
{
    private readonly Lock gate = new();
    private readonly List<T> rows = [];

    public T? Find(Func<T, bool> predicate)
    {
        lock (gate) return rows.FirstOrDefault(predicate);
    }

    public IReadOnlyList<T> All()
    {
        lock (gate) return [.. rows];
    }

    /// <summary>Adds <paramref name="row"/> unless an existing row conflicts with it.</summary>
    public bool TryAdd(T row, Func<T, bool> conflictsWith)
    {
        lock (gate)
        {
            if (rows.Any(conflictsWith)) return false;
            rows.Add(row);
            return true;
        }
    }

    /// <summary>Replaces the row matching <paramref name="match"/> by what <paramref name="replace"/> makes of it, keeping its place.</summary>
    public StoreResult<T> TryReplace(Func<T, bool> match, Func<T, T> replace, Func<T, T, bool> conflicts)
    {
        lock (gate)
        {
            var index = rows.FindIndex(row => match(row));
            if (index < 0) return StoreResult<T>.NotFound;
            var replacement = replace(rows[index]);
            if (rows.Where((row, i) => i != index).Any(row => conflicts(row, replacement))) return StoreResult<T>.Conflict;
            rows[index] = replacement;
            return StoreResult<T>.Done(replacement);
        }
    }

    /// <summary>Removes and returns every row matching <paramref name="match"/>.</summary>
    public IReadOnlyList<T> RemoveAll(Func<T, bool> match)
    {
        lock (gate)
        {
            var removed = rows.Where(match).ToList();
            rows.RemoveAll(row => match(row));
            return removed;
        }
    }
}
