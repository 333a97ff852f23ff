using System.ComponentModel;
using System.Diagnostics;
using Conformance.Reporting.Allure;

namespace Conformance.Reporting;

/// <summary>
/// Renders allure-results as an HTML report with the Allure CLI from npm (allure 3), with the allurerc.json that
/// <see cref="ReportWriter"/> put beside the results when there is one. The HTML is a convenience:
/// a missing tool or a slow render never fails a run, it only leaves the command that renders the report.
/// </summary>
public static class AllureHtml
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    /// <returns>The report's index.html when rendered; otherwise the command that renders it.</returns>
    public static Task<string> RenderAsync(string resultsDirectory, string reportDirectory, TextWriter log, CancellationToken ct) =>
        RenderAsync(resultsDirectory, reportDirectory, log, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PATH"), Bound, ct);

    /// <param name="startDirectory">Where the search for node_modules/.bin/allure starts.</param>
    /// <param name="searchPath">The PATH to look for allure and node on.</param>
    internal static async Task<string> RenderAsync(
        string resultsDirectory, string reportDirectory, TextWriter log, string startDirectory, string? searchPath, TimeSpan bound,
        CancellationToken ct)
    {
        var config = AllureConfig.Beside(resultsDirectory);
        var command = $"npx allure generate {Quote(resultsDirectory)} -o {Quote(reportDirectory)}" +
            $"{(config is null ? "" : $" --config {Quote(config)}")}";
        var allure = ToolSearch.InNodeModules(startDirectory, "allure") ?? ToolSearch.OnPath(searchPath, "allure");
        var node = ToolSearch.OnPath(searchPath, "node");
        if (allure is null || node is null)
        {
            var missing = string.Join(" and ", new[]
            {
                allure is null ? "the Allure CLI (node_modules/.bin/allure or allure on PATH)" : null,
                node is null ? "node (on PATH)" : null,
            }.OfType<string>());
            await log.WriteLineAsync($"HTML report not rendered: {missing} not found. To render it, run: {command}");
            return command;
        }

        var start = new ProcessStartInfo(allure, ["generate", resultsDirectory, "-o", reportDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (config is not null)
        {
            start.ArgumentList.Add("--config");
            start.ArgumentList.Add(config);
        }
        using var process = new Process { StartInfo = start };
        var gate = new Lock();
        void Relay(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (gate) log.WriteLine($"allure: {e.Data}");
        }
        process.OutputDataReceived += Relay;
        process.ErrorDataReceived += Relay;
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            await log.WriteLineAsync($"HTML report not rendered: {allure} could not be started ({e.Message}). To render it, run: {command}");
            return command;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(bound);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            lock (gate) log.WriteLine($"HTML report not rendered: allure did not finish within {Wording.Seconds(bound)} s and was stopped. " +
                $"To render it, run: {command}");
            return command;
        }
        if (process.ExitCode != 0)
        {
            lock (gate) log.WriteLine($"HTML report not rendered: allure exited with code {process.ExitCode}. To render it, run: {command}");
            return command;
        }
        var index = Path.Combine(reportDirectory, "index.html");
        lock (gate) log.WriteLine($"HTML report: {index}");
        return index;
    }

    private static string Quote(string path) => path.Contains(' ') || path.Contains('"') ? $"\"{path.Replace("\"", "\\\"")}\"" : path;
}
