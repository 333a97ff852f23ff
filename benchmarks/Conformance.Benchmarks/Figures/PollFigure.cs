using Conformance.Benchmarks.Load;

namespace Conformance.Benchmarks.Figures;

/// <summary>The closed loop's figures for one fleet size: the ceiling measured before and after the VTN.</summary>
internal sealed record PollRow(int Vens, LoadResult Vtn, LoadResult CeilingBefore, LoadResult CeilingAfter)
{
    /// <summary>The target: the VTN's authenticated poll at half the ceiling's requests per second or more.</summary>
    public const double TargetRatio = 0.5;

    public double CeilingRequestsPerSecond => (CeilingBefore.RequestsPerSecond + CeilingAfter.RequestsPerSecond) / 2;

    public double Ratio => Vtn.RequestsPerSecond / CeilingRequestsPerSecond;

    public bool TargetMet => Ratio >= TargetRatio && Vtn.Errors == 0;
}

/// <summary>
/// Requests per second of a VEN's event poll under the closed loop, VTN against ceiling. The ceiling runs
/// before and after the VTN and the ratio uses their mean, so a noisy neighbour that comes or goes during the
/// run weighs on both sides rather than on the VTN alone.
/// </summary>
internal static class PollFigure
{
    public static async Task<PollRow> RunAsync(PollTargets targets, BenchmarkSettings settings, DirectoryInfo work, CancellationToken ct)
    {
        Task<LoadResult> Saturate(string name, Uri server)
        {
            Progress.Say($"poll, {targets.Fleet.Vens} VENs: {name}, closed loop, {settings.Connections} connections, " +
                $"{settings.Warmup.TotalSeconds}s warm-up + {settings.Duration.TotalSeconds}s");
            return LoadProcess.RunAsync(targets.Load(server, LoadShape.Closed, settings.Connections, 0, settings), work, ct);
        }

        var ceilingBefore = await Saturate("ceiling", targets.Ceiling.BaseAddress);
        var vtn = await Saturate("VTN", targets.Fleet.Server.BaseAddress);
        var ceilingAfter = await Saturate("ceiling", targets.Ceiling.BaseAddress);
        return new PollRow(targets.Fleet.Vens, vtn, ceilingBefore, ceilingAfter);
    }
}
