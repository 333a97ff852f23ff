using Conformance.Benchmarks.Load;

namespace Conformance.Benchmarks.Figures;

/// <summary>The open loop's figures for one fleet size, VTN and ceiling at the same rate.</summary>
internal sealed record FleetRow(int Vens, double RequestsPerSecond, LoadResult Vtn, LoadResult Ceiling)
{
    /// <summary>The target: p99 under 50 ms for 10,000 VENs polling every 10 s on 2 cores.</summary>
    public const double TargetP99Ms = 50;

    public bool TargetMet => Vtn.P99Ms < TargetP99Ms && Vtn.Errors == 0 && Vtn.Unfinished == 0;
}

/// <summary>
/// Latency of a VEN's event poll when the whole fleet polls every <see cref="BenchmarkSettings.PollInterval"/>:
/// an open loop at N / 10 s requests a second, latencies from each request's due time.
/// </summary>
internal static class FleetFigure
{
    public static async Task<FleetRow> RunAsync(PollTargets targets, BenchmarkSettings settings, DirectoryInfo work, CancellationToken ct)
    {
        var rate = targets.Fleet.Vens / BenchmarkSettings.PollInterval.TotalSeconds;
        Task<LoadResult> Pace(string name, Uri server)
        {
            Progress.Say($"fleet, {targets.Fleet.Vens} VENs: {name}, open loop, " +
                $"{rate:0} req/s on {BenchmarkSettings.OpenLoopConnections} connections, " +
                $"{settings.Warmup.TotalSeconds}s warm-up + {settings.Duration.TotalSeconds}s");
            return LoadProcess.RunAsync(targets.Load(server, LoadShape.Open, BenchmarkSettings.OpenLoopConnections, rate, settings), work, ct);
        }

        var ceiling = await Pace("ceiling", targets.Ceiling.BaseAddress);
        var vtn = await Pace("VTN", targets.Fleet.Server.BaseAddress);
        return new FleetRow(targets.Fleet.Vens, rate, vtn, ceiling);
    }
}
