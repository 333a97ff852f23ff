using System.Text.Json;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// Runs a load in a generator child process (<c>load SPEC.json</c>), so the generator does not share the
/// server's thread pool and GC: both share the 2 cores, but not one runtime.
/// </summary>
internal static class LoadProcess
{
    /// <summary>Beyond warm-up and duration: the child's start-up, the open loop's drain, reading the tokens.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(60);

    /// <summary>The generator needs no server GC's per-core heaps and threads; they would only take memory and cycles.</summary>
    private static readonly Dictionary<string, string> Environment = new() { ["DOTNET_gcServer"] = "0" };

    public static async Task<LoadResult> RunAsync(LoadSpec spec, DirectoryInfo workDirectory, CancellationToken ct)
    {
        var specFile = Path.Combine(workDirectory.FullName, $"load-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(specFile, JsonSerializer.Serialize(spec, LoadJson.Options), ct);
        try
        {
            return await SelfProcess.RunAsync<LoadResult>(["load", specFile], Environment, LoadJson.Options, spec.Warmup + spec.Duration + Slack, ct);
        }
        finally
        {
            File.Delete(specFile);
        }
    }
}
