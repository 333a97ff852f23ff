using System.Net;
using System.Net.Sockets;
using Conformance.Cli.Running;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Conformance.Cli.Tests;

/// <summary>Runs the CLI's conformance run in-process, with its console captured.</summary>
internal static class Harness
{
    public static string Features => Path.Combine(TestContext.CurrentContext.TestDirectory, "features");

    public static async Task<(RunOutcome Outcome, string Console)> RunAsync(string? tags = null, string? sut = null, string? features = null,
        bool virtualTime = false, IReadOnlyList<string>? locations = null, string? name = null)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        var output = Path.Combine(Path.GetTempPath(), "conformance-tests", Guid.NewGuid().ToString("N"));
        var outcome = await new ConsoleRun(console).ExecuteAsync(
            new RunArguments(features ?? Features, tags, sut, output)
            {
                RenderHtml = false,
                VirtualTime = virtualTime,
                Locations = locations ?? [],
                Name = name,
            }, CancellationToken.None);
        return (outcome, console.Output);
    }

    /// <summary>The id of the scenario with this title in one of the harness's features ("features/openadr3/x.feature:LINE").</summary>
    public static string ScenarioId(string feature, string title)
    {
        var lines = File.ReadAllLines(Path.Combine(Features, feature));
        var index = Array.FindIndex(lines, l => l.Trim() == $"Scenario: {title}");
        if (index < 0) throw new ArgumentException($"no scenario '{title}' in {feature}", nameof(title));
        return $"features/{feature}:{index + 1}";
    }

    public static string WriteFile(string name, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "conformance-tests", Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
