namespace Conformance.OpenAdr3.Vtn;

/// <summary>Thread-safe, insertion-ordered rows; one lock makes a uniqueness check and its insert atomic.</summary>
internal sealed class Table<T> where T : class
{
    private readonly Lock gate = new();
    private readonly List<T> rows = [];

    public T? Find(Func<T, bool> predicate)
    {
        lock (gate) return rows.FirstOrDefault(predicate);
    }

    public IReadOnlyList<T> Where(Func<T, bool> predicate)
    {
        lock (gate) return rows.Where(predicate).ToList();
    }

    public void Add(T row)
    {
        lock (gate) rows.Add(row);
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
}
