using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Conformance.Benchmarks.Fleet;

namespace Conformance.Benchmarks.Figures;

/// <summary>
/// The child of <see cref="MemoryFigure"/>: <c>memory-probe N</c> enrolls N VENs into a VTN of its own (each VEN
/// with credentials, a token fetched, a ven object and one poll), lets go of its client side (tokens are in a
/// file, the HttpClient is disposed), and writes the managed heap still alive after a full compacting GC, and
/// the process's working set, as one JSON line.
/// </summary>
internal static class MemoryProbe
{
    public const string Command = "memory-probe";

    /// <summary>Lets Kestrel close the setup client's connections, whose buffers would otherwise count.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(int vens, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("conformance-memory-probe-");
        try
        {
            await using var fleet = await EnrolledFleet.StartAsync(vens, work, ct);
            await Task.Delay(Settle, ct);
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            var row = new MemoryRow(vens, GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
            Console.WriteLine(JsonSerializer.Serialize(row, JsonSerializerOptions.Web));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
