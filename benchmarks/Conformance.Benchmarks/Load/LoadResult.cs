namespace Conformance.Benchmarks.Load;

/// <summary>What one load run measured, after its warm-up. Latencies are in milliseconds.</summary>
internal sealed record LoadResult
{
    /// <summary>Responses with the expected status and body length.</summary>
    public required int Completed { get; init; }

    /// <summary>Other statuses, other body lengths, broken connections.</summary>
    public required int Errors { get; init; }

    public string? FirstError { get; init; }

    /// <summary>Open loop: requests due in the measured window that had no answer when the run gave up waiting.</summary>
    public required int Unfinished { get; init; }

    public required double RequestsPerSecond { get; init; }

    /// <summary>Infinity when more than half of the requests went unfinished.</summary>
    public required double P50Ms { get; init; }

    /// <summary>Infinity when more than 1% of the requests went unfinished.</summary>
    public required double P99Ms { get; init; }

    public required double MaxMs { get; init; }
}
