namespace Conformance.Benchmarks.Figures;

/// <summary>
/// The machine's 1-minute load average, printed beside the figures: on a shared 2-core machine a load above 2
/// means others competed for the cores during the run, which weighs most on tail latency.
/// </summary>
internal static class LoadAverage
{
    private const string Source = "/proc/loadavg";

    /// <summary>Null where the OS has no /proc/loadavg.</summary>
    public static string? Now() => File.Exists(Source) ? File.ReadAllText(Source).Split(' ')[0] : null;
}
