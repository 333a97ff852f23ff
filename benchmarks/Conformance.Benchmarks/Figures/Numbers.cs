using System.Globalization;

namespace Conformance.Benchmarks.Figures;

/// <summary>How figures are written: invariant culture, so a table reads the same on every machine.</summary>
internal static class Numbers
{
    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Milliseconds(double value) =>
        double.IsPositiveInfinity(value) ? "unbounded" : value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => fraction.ToString("0%", CultureInfo.InvariantCulture);

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Verdict(bool met) => met ? "met" : "NOT met";
}
