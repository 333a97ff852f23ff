using System.Diagnostics;

namespace Conformance.Benchmarks.Load;

/// <summary>Merges the workers' records into one <see cref="LoadResult"/>.</summary>
internal static class RunSummary
{
    public static LoadResult Of(IReadOnlyList<RunRecord> records, TimeSpan window, int unfinishedElsewhere = 0)
    {
        var latencies = records.SelectMany(r => r.Latencies).Order().ToArray();
        var unfinished = records.Sum(r => r.Unfinished) + unfinishedElsewhere;
        return new LoadResult
        {
            Completed = latencies.Length,
            Errors = records.Sum(r => r.Errors),
            FirstError = records.Select(r => r.FirstError).FirstOrDefault(e => e is not null),
            Unfinished = unfinished,
            RequestsPerSecond = latencies.Length / window.TotalSeconds,
            P50Ms = Percentile(latencies, unfinished, 0.50),
            P99Ms = Percentile(latencies, unfinished, 0.99),
            MaxMs = unfinished > 0 ? double.PositiveInfinity : latencies.Length == 0 ? 0 : Milliseconds(latencies[^1]),
        };
    }

    /// <summary>Nearest rank; unanswered requests rank above every answered one, as their latency is unbounded.</summary>
    private static double Percentile(long[] sorted, int unfinished, double fraction)
    {
        var count = sorted.Length + unfinished;
        if (count == 0) return 0;
        var rank = (int)Math.Ceiling(fraction * count) - 1;
        return rank < sorted.Length ? Milliseconds(sorted[Math.Max(rank, 0)]) : double.PositiveInfinity;
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
