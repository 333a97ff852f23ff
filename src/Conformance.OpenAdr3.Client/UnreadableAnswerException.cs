using System.Net;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

/// <summary>
/// A VTN answered 2xx with a body in which nothing of the expected object could be read, even leniently (not JSON, an
/// empty list for an object). A <see cref="JsonException"/>, so callers that tolerate a bad body still catch it; the
/// request's options stay readable for whoever recorded the exchange.
/// </summary>
public sealed class UnreadableAnswerException : JsonException
{
    internal UnreadableAnswerException(HttpResponseMessage response, string body, WireDeviation deviation)
        : base($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} with a body " +
            $"that cannot be read: {deviation.Message}")
    {
        StatusCode = response.StatusCode;
        Body = body;
        Deviation = deviation;
        Request = response.RequestMessage;
    }

    public HttpStatusCode StatusCode { get; }

    public string Body { get; }

    /// <summary>Why nothing could be read: where in the body, the rule, and what came.</summary>
    public WireDeviation Deviation { get; }

    /// <summary>The request answered, for its options (the evidence record a recording handler noted on it).</summary>
    public HttpRequestMessage? Request { get; }
}
