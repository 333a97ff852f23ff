namespace Conformance.Benchmarks.Figures;

/// <summary>What the benchmark is doing, on standard error, so standard output holds only the figures.</summary>
internal static class Progress
{
    public static void Say(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
