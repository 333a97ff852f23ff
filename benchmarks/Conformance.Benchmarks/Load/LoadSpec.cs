namespace Conformance.Benchmarks.Load;

/// <summary>How requests are paced.</summary>
internal enum LoadShape
{
    /// <summary>Each connection sends its next request as soon as the last one is answered: the most requests per second.</summary>
    Closed,

    /// <summary>Requests are sent on a fixed schedule whatever the answers do: latency at a given rate.</summary>
    Open,
}

/// <summary>
/// One load run, written by the benchmark as a JSON file for the generator child process.
/// Every request is GET <see cref="Path"/> with the next token of <see cref="TokensFile"/> (one per line) as bearer token.
/// </summary>
internal sealed record LoadSpec
{
    public required string Host { get; init; }

    public required int Port { get; init; }

    public required string Path { get; init; }

    public required string TokensFile { get; init; }

    public required LoadShape Shape { get; init; }

    /// <summary>Closed: the concurrency. Open: the pool the scheduled requests are sent on.</summary>
    public required int Connections { get; init; }

    /// <summary>Open loop only: the schedule's rate.</summary>
    public double RequestsPerSecond { get; init; }

    /// <summary>Load that is sent but not measured, so JIT tiering, pools and caches settle first.</summary>
    public required TimeSpan Warmup { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>A 200 with a body of any other length counts as an error.</summary>
    public required int ExpectedBodyLength { get; init; }
}
