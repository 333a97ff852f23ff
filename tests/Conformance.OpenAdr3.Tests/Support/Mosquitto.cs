using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// Debian's mosquitto (apt-get install -y mosquitto) as an external broker, started per test on a free loopback
/// port: <c>/usr/sbin/mosquitto -c &lt;dir&gt;/mosquitto.conf</c> with "listener &lt;port&gt; 127.0.0.1" and
/// "allow_anonymous true".
/// </summary>
internal sealed class Mosquitto : IAsyncDisposable
{
    private readonly Process process;
    private readonly string directory;
    private readonly ConcurrentQueue<string> errors = new();

    private Mosquitto(Process process, string directory, int port)
    {
        this.process = process;
        this.directory = directory;
        Url = $"mqtt://127.0.0.1:{port}";
        // Read as it comes, so a chatty broker never fills the pipe and stalls.
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) errors.Enqueue(line.Data); };
        process.BeginErrorReadLine();
    }

    public string Url { get; }

    /// <summary>The mosquitto binary: on PATH, or where Debian installs it (/usr/sbin, often not on a user's PATH).</summary>
    public static string? Binary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, "mosquitto"))
            .FirstOrDefault(File.Exists);

    public static async Task<Mosquitto> StartAsync(string binary)
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("mosquitto-").FullName;
        var config = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllTextAsync(config, $"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n");
        var process = Process.Start(new ProcessStartInfo(binary, ["-c", config])
        {
            RedirectStandardError = true,
        })!;
        var broker = new Mosquitto(process, directory, port);
        await broker.WaitUntilListeningAsync(port);
        return broker;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (process.HasExited) Assert.Fail($"mosquitto exited with {process.ExitCode}: {string.Join(Environment.NewLine, errors)}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
