using System.Net;
using System.Net.Sockets;

namespace Conformance.OpenAdr3.Tests.Support;

internal static class DeadCallback
{
    /// <summary>A callback URL on a loopback port nobody listens on, so each POST is refused at once.</summary>
    public static Uri Url()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/callbacks");
    }
}
