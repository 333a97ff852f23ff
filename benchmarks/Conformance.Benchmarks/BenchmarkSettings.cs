namespace Conformance.Benchmarks;

/// <summary>What the command line chose.</summary>
internal sealed record BenchmarkSettings
{
    /// <summary>How often each VEN of the fleet polls its events: 10,000 VENs make 1,000 polls a second.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The open loop's connection pool: at 1,000 polls a second and ~1 ms each, 64 leave room for stalls of
    /// tens of milliseconds before scheduled polls queue in the generator (where they still count, from their due time).
    /// </summary>
    public const int OpenLoopConnections = 64;

    public required IReadOnlyList<int> Vens { get; init; }

    /// <summary>The measured time of each load run.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Load sent before each measured run and not counted.</summary>
    public required TimeSpan Warmup { get; init; }

    /// <summary>The closed loop's concurrency.</summary>
    public required int Connections { get; init; }
}
