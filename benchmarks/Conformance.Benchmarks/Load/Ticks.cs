using System.Diagnostics;

namespace Conformance.Benchmarks.Load;

/// <summary>Conversions to <see cref="Stopwatch"/> ticks, the one clock the generator uses.</summary>
internal static class Ticks
{
    public static long Of(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
