using System.Net;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

/// <summary>A VTN answered with a non-2xx status; <see cref="Problem"/> is its body when that is a problem object.</summary>
public sealed class ProblemException : Exception
{
    public ProblemException(HttpMethod method, Uri? url, HttpStatusCode statusCode, Problem? problem, string? body)
        : base($"{method} {url} answered {(int)statusCode} {statusCode}: {problem?.Detail ?? problem?.Title ?? Shorten(body)}")
    {
        Method = method;
        Url = url;
        StatusCode = statusCode;
        Problem = problem;
        Body = body;
    }

    public HttpMethod Method { get; }

    public Uri? Url { get; }

    public HttpStatusCode StatusCode { get; }

    public Problem? Problem { get; }

    /// <summary>The raw response body, for evidence when it is not a problem.</summary>
    public string? Body { get; }

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    public bool IsConflict => StatusCode == HttpStatusCode.Conflict;

    internal static async Task<ProblemException> FromResponseAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var request = response.RequestMessage;
        var problem = TryParse(body, out var deviations);
        OpenAdrClient.Observe(response, deviations);
        return new ProblemException(request?.Method ?? HttpMethod.Get, request?.RequestUri, response.StatusCode, problem, body);
    }

    /// <summary>
    /// A body counts as a problem when it is a JSON object with at least one problem member; it is read leniently (a
    /// status sent as a string is still the status), and how it departs from the YAML's problem is reported.
    /// </summary>
    private static Problem? TryParse(string body, out IReadOnlyList<WireDeviation> deviations)
    {
        try
        {
            var problem = LenientJson.Read<Problem>(body, out deviations);
            return problem is null or { Type: null, Title: null, Status: null, Detail: null, Instance: null } ? null : problem;
        }
        catch (JsonException)
        {
            deviations = [];
            return null;
        }
    }

    private static string Shorten(string? body) =>
        string.IsNullOrWhiteSpace(body) ? "(no body)" : body.Length <= 200 ? body : body[..200] + "…";
}
