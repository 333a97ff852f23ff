namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>A path for a new SQLite file in the temp directory; disposing deletes the file and its WAL companions.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"conformance-vtn-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
    }
}
