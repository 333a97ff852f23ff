using System.Net;
using System.Text.Json;

namespace Conformance.OpenAdr3.Client;

/// <summary>
/// A VTN answered 2xx with a body in which nothing of the expected object could be read, even leniently (not JSON, an
/// empty list for an object). A <see cref="JsonException"/>, so callers that tolerate a bad body still catch it; the
/// request's options stay readable for whoever recorded the exchange.
/// </summary>
public sealed class UnreadableAnswerException : JsonException
{
    internal UnreadableAnswerException(HttpResponseMessage response, string body, string reason)
        : base($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} with a body " +
            $"that cannot be read: {reason}")
    {
        StatusCode = response.StatusCode;
        Body = body;
        Reason = reason;
        Request = response.RequestMessage;
    }

    public HttpStatusCode StatusCode { get; }

    public string Body { get; }

    /// <summary>Why nothing could be read, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>The request answered, for its options (the evidence record a recording handler noted on it).</summary>
    public HttpRequestMessage? Request { get; }
}
