using System.Diagnostics;
using System.Reflection;

namespace Conformance.Reporting;

/// <summary>Which build of the harness judged a run, so that a report can be traced to the code that produced it.</summary>
public sealed record HarnessIdentity(string Version, string Commit)
{
    private static readonly TimeSpan GitBound = TimeSpan.FromSeconds(5);
    private static readonly Lazy<HarnessIdentity> Identity = new(Read);

    /// <summary>
    /// The informational version of this assembly; the commit from its "+revision" suffix (the SDK's SourceRevisionId)
    /// when the build stamped one, else from <c>git rev-parse HEAD</c> in the current directory, else "unknown".
    /// </summary>
    public static HarnessIdentity Current => Identity.Value;

    private static HarnessIdentity Read()
    {
        var assembly = typeof(HarnessIdentity).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var plus = informational.IndexOf('+');
        if (plus > 0 && plus < informational.Length - 1)
            return new HarnessIdentity(informational[..plus], informational[(plus + 1)..]);
        return new HarnessIdentity(informational, GitHead() ?? "unknown");
    }

    private static string? GitHead()
    {
        var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync(); // drained so that git never blocks on a full pipe
            if (!git.WaitForExit(GitBound))
            {
                git.Kill(entireProcessTree: true);
                return null;
            }
            var head = output.Result.Trim();
            return git.ExitCode == 0 && head.Length >= 7 && head.All(Uri.IsHexDigit) ? head : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed: the commit is simply unknown
        }
    }
}
