using System.Diagnostics;
using System.Text.Json;

namespace Conformance.Benchmarks;

/// <summary>
/// Runs this same program as a child with a hidden command (<c>load</c>, <c>memory-probe</c>) and reads the one
/// JSON line it ends its output with. A child has its own runtime: its threads, allocations and GC are not the
/// measured server's.
/// </summary>
internal static class SelfProcess
{
    public static async Task<T> RunAsync<T>(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        JsonSerializerOptions json, TimeSpan timeout, CancellationToken ct)
    {
        var start = StartInfo(arguments);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
        var output = child.StandardOutput.ReadToEndAsync(ct);
        var errors = child.StandardError.ReadToEndAsync(ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await child.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"The child '{string.Join(' ', start.ArgumentList)}' (pid {child.Id}) did not finish in {timeout} and was stopped.");
        }

        if (child.ExitCode != 0)
            throw new InvalidOperationException($"The child '{string.Join(' ', start.ArgumentList)}' failed ({child.ExitCode}): {await errors}");
        var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return (lastLine is null ? default : JsonSerializer.Deserialize<T>(lastLine, json))
            ?? throw new InvalidDataException($"The child '{string.Join(' ', start.ArgumentList)}' wrote no result: {await output}");
    }

    /// <summary>The apphost directly, or 'dotnet Conformance.Benchmarks.dll' when started through the muxer.</summary>
    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}
