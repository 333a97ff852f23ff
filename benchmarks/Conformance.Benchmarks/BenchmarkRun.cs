using Conformance.Benchmarks.Figures;
using Conformance.Benchmarks.Fleet;
using Conformance.Benchmarks.Notify;

namespace Conformance.Benchmarks;

/// <summary>
/// Measures the chosen figures and prints them. Each fleet size is enrolled once and serves both the poll and
/// the fleet loads; memory is measured in child processes of its own.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<int> RunAsync(Figure figure, BenchmarkSettings settings, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("conformance-benchmarks-");
        var report = new Report(settings);
        try
        {
            if (figure is Figure.All or Figure.Memory) report.Memory.AddRange(await MemoryFigure.RunAsync(settings, ct));
            if (figure is Figure.All or Figure.Poll or Figure.Fleet)
            {
                foreach (var vens in settings.Vens) await LoadAsync(figure, vens, settings, work, report, ct);
            }
            if (figure is Figure.All or Figure.Notify) report.Notify = await NotifyFigure.RunAsync(work, ct);
            report.WriteTo(Console.Out);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task LoadAsync(Figure figure, int vens, BenchmarkSettings settings, DirectoryInfo work, Report report, CancellationToken ct)
    {
        Progress.Say($"enrolling {vens} VENs");
        await using var fleet = await EnrolledFleet.StartAsync(vens, work, ct);
        await using var targets = await PollTargets.StartAsync(fleet, ct);
        Progress.Say($"a VEN's poll answer: {targets.Answer.Body.Length} bytes, {TariffProgram.EventCount} events; " +
            "the ceiling replays it byte for byte");
        await Priming.RunAsync(targets, settings, work, ct);
        if (figure is Figure.All or Figure.Poll) report.Poll.Add(await PollFigure.RunAsync(targets, settings, work, ct));
        if (figure is Figure.All or Figure.Fleet) report.Fleet.Add(await FleetFigure.RunAsync(targets, settings, work, ct));
    }
}
