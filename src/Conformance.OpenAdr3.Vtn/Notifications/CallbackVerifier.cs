using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Definition.md (3.1.0, Webhooks): "The VTN MUST validate that an HTTPS schema is used for the callback URL", and
/// before a subscription is allowed it "MUST send a GET request to the provided callback URL that includes a challenge,
/// a query string parameter named 'echo', with random generated string value"; the receiver "MUST respond with 200 OK"
/// and the value in the body. A body counts when it is the value once surrounding whitespace is trimmed, or a JSON
/// string of it (a receiver that answers JSON). Each check draws a fresh value (<see cref="IEchoChallenge"/>); redirects
/// are not followed (the challenge goes to the URL registered); the TLS trust is the one webhook delivery uses.
/// </summary>
internal sealed class CallbackVerifier(VtnOptions options) : IDisposable
{
    /// <summary>Enough of a body to hold any sensible echo; the rest is not read.</summary>
    private const int MaxBody = 4096;

    // Bounded per check by NotificationOptions.CallbackCheckTimeout.
    private readonly HttpClient http = CallbackHttp.Create(options.Notifications);

    /// <summary>Why a callback URL may not be registered at all (no request made), or null.</summary>
    public string? RefuseScheme(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return $"'{url}' is not an absolute https URL";
        if (uri.Scheme == "http" && !options.AllowHttpCallbacks)
            return $"'{url}' is not https: Definition.md (Webhooks) \"The VTN MUST validate that an HTTPS schema is used for the callback URL\" " +
                "(this VTN takes http only when started with --allow-http-callbacks, for development)";
        if (options.Notifications.CallbackHosts is { } hosts && !hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
            return $"'{url}': its host is not among the allowed callback hosts ({string.Join(", ", hosts)})";
        return null;
    }

    /// <summary>The echo challenge to <paramref name="url"/>: null when it was answered right, else why not.</summary>
    public async Task<string?> ChallengeAsync(string url, IEchoChallenge shape, CancellationToken ct)
    {
        var echo = shape.NewValue();
        var challenge = shape.Target(new Uri(url), echo);
        var timeout = options.Notifications.CallbackCheckTimeout;
        // The wall clock bounds the wait: the request that registers the callback is waiting for it.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(timeout);
        try
        {
            using var response = await http.GetAsync(challenge, HttpCompletionOption.ResponseHeadersRead, bounded.Token);
            var body = await ReadBodyAsync(response, bounded.Token);
            if (response.StatusCode != HttpStatusCode.OK)
                return $"the echo challenge GET {challenge} was answered HTTP {(int)response.StatusCode}, not 200 OK";
            return Echoes(body, echo) ? null
                : $"the echo challenge GET {challenge} was answered 200 without the value in its body (got '{Shorten(body)}')";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"the echo challenge GET {challenge} had no answer within {timeout.TotalSeconds:0.###} s";
        }
        catch (HttpRequestException e)
        {
            return $"the echo challenge GET {challenge} could not be sent: {Reason(e)}";
        }
    }

    public void Dispose() => http.Dispose();

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBody];
        var read = 0;
        for (int n; read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0;) read += n;
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static bool Echoes(string body, string echo)
    {
        var text = body.Trim();
        if (text == echo) return true;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind == JsonValueKind.String && json.RootElement.GetString() == echo;
        }
        catch (JsonException) { return false; }
    }

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
        AuthenticationException tls => $"TLS: {tls.Message}",
        _ => e.Message,
    };

    private static string Shorten(string body) => body.Length <= 80 ? body : body[..80] + "…";
}
