using Conformance.Benchmarks.Load;

namespace Conformance.Benchmarks.Figures;

/// <summary>
/// Unmeasured load on both servers before their first measured run. A fresh VTN on 2 busy cores takes 10-15 s of
/// load to reach its steady rate (tiered JIT and PGO recompile the hot path in the background, competing with
/// the load for the same cores); each run's warm-up alone is too short for that, and the issue asks for the
/// steady state, not start-up.
/// </summary>
internal static class Priming
{
    private static readonly TimeSpan Vtn = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(PollTargets targets, BenchmarkSettings settings, DirectoryInfo work, CancellationToken ct)
    {
        foreach (var (name, server, time) in
            new[] { ("VTN", targets.Fleet.Server.BaseAddress, Vtn), ("ceiling", targets.Ceiling.BaseAddress, Ceiling) })
        {
            Progress.Say($"priming the {name} for {time.TotalSeconds} s");
            var unmeasured = settings with { Warmup = time - TimeSpan.FromSeconds(1), Duration = TimeSpan.FromSeconds(1) };
            await LoadProcess.RunAsync(targets.Load(server, LoadShape.Closed, settings.Connections, 0, unmeasured), work, ct);
        }
    }
}
