using System.Text.Json;

namespace Conformance.Benchmarks.Figures;

/// <summary>What a VTN holding <see cref="Vens"/> enrolled VENs keeps alive, measured in a process of its own.</summary>
internal sealed record MemoryRow(int Vens, long HeapBytes, long WorkingSetBytes);

/// <summary>
/// Memory per enrolled VEN: one <see cref="MemoryProbe"/> child per fleet size, 0 included, each a fresh process
/// that pays the same one-time costs (JIT, serializer caches, Kestrel's pools), so the difference between two
/// sizes is what the VENs cost. Per VEN = (with N − with 0) / N.
/// </summary>
internal static class MemoryFigure
{
    /// <summary>The 10,000-VEN setup takes well under a minute here; this only stops a child that hangs.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<IReadOnlyList<MemoryRow>> RunAsync(BenchmarkSettings settings, CancellationToken ct)
    {
        var rows = new List<MemoryRow>();
        foreach (var vens in settings.Vens.Prepend(0).Distinct())
        {
            Progress.Say($"memory: a VTN with {vens} enrolled VENs, in a process of its own");
            rows.Add(await SelfProcess.RunAsync<MemoryRow>([MemoryProbe.Command, vens.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                new Dictionary<string, string>(), JsonSerializerOptions.Web, Timeout, ct));
        }
        return rows;
    }

    public static double BytesPerVen(MemoryRow row, MemoryRow empty, Func<MemoryRow, long> measure) =>
        row.Vens == 0 ? 0 : (double)(measure(row) - measure(empty)) / row.Vens;
}
