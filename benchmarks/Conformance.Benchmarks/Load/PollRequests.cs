using System.Text;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// One prebuilt GET per VEN token, handed out in rotation, so consecutive requests come from different VENs
/// as they would in a fleet, and building requests costs nothing during the run.
/// </summary>
internal sealed class PollRequests
{
    private readonly byte[][] requests;
    private int next = -1;

    private PollRequests(byte[][] requests) => this.requests = requests;

    public int Count => requests.Length;

    public static PollRequests Load(LoadSpec spec)
    {
        var tokens = File.ReadAllLines(spec.TokensFile).Where(line => line.Length > 0).ToArray();
        if (tokens.Length == 0) throw new InvalidDataException($"{spec.TokensFile} holds no token.");
        return new PollRequests(tokens
            .Select(token => Encoding.ASCII.GetBytes(
                $"GET {spec.Path} HTTP/1.1\r\nHost: {spec.Host}:{spec.Port}\r\nAuthorization: Bearer {token}\r\nAccept: application/json\r\n\r\n"))
            .ToArray());
    }

    public ReadOnlyMemory<byte> Next() => requests[(int)((uint)Interlocked.Increment(ref next) % (uint)requests.Length)];
}
