namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Reads a whole collection page by page (skip, and the YAML's largest limit) until a short page, so that a VTN's
/// page size cannot hide an object. Bounded, in case a VTN ignores skip and answers full pages forever.
/// </summary>
public static class Pages
{
    public const int Size = 50;
    private const int MaxObjects = 5000;

    public static async Task<IReadOnlyList<T>> AllAsync<T>(Func<int, int, Task<IReadOnlyList<T>>> page)
    {
        var all = new List<T>();
        for (var skip = 0; skip < MaxObjects; skip += Size)
        {
            var items = await page(skip, Size);
            all.AddRange(items);
            if (items.Count < Size) break;
        }
        return all;
    }
}
