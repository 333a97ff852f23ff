using System.Net;
using System.Net.Sockets;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends prebuilt request bytes and reads each response just far enough
/// to find its end. HttpClient would cost the generator several times the CPU per request, and on 2 shared
/// cores every cycle the generator spends is taken from the server it measures.
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private readonly Socket socket;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    private RawHttpConnection(Socket socket) => this.socket = socket;

    public static async Task<RawHttpConnection> OpenAsync(IPEndPoint server, CancellationToken ct)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(server, ct);
            return new RawHttpConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task<ResponseSummary> SendAsync(ReadOnlyMemory<byte> request, CancellationToken ct)
    {
        while (!request.IsEmpty) request = request[await socket.SendAsync(request, SocketFlags.None, ct)..];
        while (true)
        {
            if (ResponseParser.TryParse(buffer.AsSpan(start, end - start), out var response, out var consumed))
            {
                start += consumed;
                if (start == end) start = end = 0;
                return response;
            }
            await ReceiveAsync(ct);
        }
    }

    private async Task ReceiveAsync(CancellationToken ct)
    {
        if (end == buffer.Length) MakeRoom();
        var received = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, ct);
        if (received == 0) throw new IOException("The server closed the connection in the middle of a response.");
        end += received;
    }

    /// <summary>Moves the unread bytes to the front, growing the buffer when one response fills it.</summary>
    private void MakeRoom()
    {
        var unread = end - start;
        var target = start == 0 ? new byte[buffer.Length * 2] : buffer;
        Buffer.BlockCopy(buffer, start, target, 0, unread);
        buffer = target;
        start = 0;
        end = unread;
    }

    public void Dispose() => socket.Dispose();
}
