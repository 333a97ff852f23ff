using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// Debian's mosquitto (apt-get install -y mosquitto) as an external broker, started per test on a free loopback
/// port: <c>/usr/sbin/mosquitto -c &lt;dir&gt;/mosquitto.conf</c> with "listener &lt;port&gt; 127.0.0.1",
/// "allow_anonymous false", a password file made by mosquitto_passwd and an ACL file, as an operator would set it
/// up for the VTN (docs/openadr3-vtn.md, Notifications 17).
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

    /// <summary>A program of Debian's mosquitto package: on PATH, or where Debian installs it (/usr/sbin is often not on a user's PATH).</summary>
    public static string? Binary(string name = "mosquitto") =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/sbin").Append("/usr/bin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <param name="users">User name and password of each client the broker knows.</param>
    /// <param name="acl">The acl_file's text.</param>
    public static async Task<Mosquitto> StartAsync(string binary, string passwd, IReadOnlyDictionary<string, string> users, string acl)
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("mosquitto-").FullName;
        // Started as root, mosquitto drops to its own user before reading the password and ACL files.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var passwords = Path.Combine(directory, "passwords");
        await File.WriteAllTextAsync(passwords, string.Concat(users.Select(u => $"{u.Key}:{u.Value}\n")));
        using (var hashing = Process.Start(new ProcessStartInfo(passwd, ["-U", passwords]) { RedirectStandardError = true })!)
        {
            await hashing.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            if (hashing.ExitCode != 0)
                Assert.Fail($"mosquitto_passwd -U exited with {hashing.ExitCode}: {await hashing.StandardError.ReadToEndAsync()}");
        }
        var aclFile = Path.Combine(directory, "acl");
        await File.WriteAllTextAsync(aclFile, acl);
        var config = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllTextAsync(config,
            $"listener {port} 127.0.0.1\nallow_anonymous false\npassword_file {passwords}\nacl_file {aclFile}\npersistence false\n");
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
