using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

/// <summary>
/// A BL or VEN client of any OpenADR 3.1 VTN over an injected HttpClient whose BaseAddress is the VTN base
/// URL (a path prefix is fine). Every non-2xx answer throws <see cref="ProblemException"/>.
/// </summary>
public sealed partial class OpenAdrClient
{
    private readonly HttpClient http;
    private readonly Uri baseAddress;
    private ClientCredentialRequest? credentials;
    private Uri? tokenUrl;

    /// <summary>A client that sends <paramref name="accessToken"/> as bearer token, or none when it is null.</summary>
    public OpenAdrClient(HttpClient http, string? accessToken = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.BaseAddress ?? throw new ArgumentException("HttpClient.BaseAddress must be the VTN base URL.", nameof(http));
        // Without the trailing slash, relative URLs would replace the prefix's last segment.
        baseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        this.http = http;
        AccessToken = accessToken;
    }

    /// <summary>The bearer token sent with every request, if any.</summary>
    public string? AccessToken { get; private set; }

    private Uri UrlOf(string relativeUrl) => new(baseAddress, relativeUrl);

    /// <summary>A query string of the present parameters; a list repeats its name (the YAML's form style, explode).</summary>
    private static string Query(params (string Name, object? Value)[] parameters)
    {
        var present = parameters
            .SelectMany(p => p.Value switch
            {
                null => [],
                IEnumerable<string> many => many.Select(value => (p.Name, Value: value)),
                var one => [(p.Name, Value: Convert.ToString(one, CultureInfo.InvariantCulture)!)],
            })
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}")
            .ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }

    private static string PathOf(string collection, string id) => $"{collection}/{Uri.EscapeDataString(id)}";

    private Task<T> GetAsync<T>(string relativeUrl, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Get, relativeUrl, body: null, ct);

    private Task<T> PostAsync<T>(string relativeUrl, T body, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Post, relativeUrl, body, ct);

    private Task<T> PutAsync<T>(string relativeUrl, T body, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Put, relativeUrl, body, ct);

    /// <summary>A DELETE answers the deleted object.</summary>
    private Task<T> DeleteAsync<T>(string relativeUrl, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Delete, relativeUrl, body: null, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string relativeUrl, object? body, CancellationToken ct)
    {
        var url = UrlOf(relativeUrl);
        HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: OpenAdrJson.Options);
            if (AccessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
            return request;
        }

        var response = await SendOnceAsync(Build(), ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized && credentials is not null)
        {
            // The token may have expired (the VTN's clock can run fast under the harness): fetch a new one once.
            response.Dispose();
            await RefreshTokenAsync(ct);
            response = await SendOnceAsync(Build(), ct);
        }
        using (response) return await ReadAsync<T>(response, ct);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request) return await http.SendAsync(request, ct);
    }

    /// <summary>
    /// Where a caller of the client's <see cref="HttpClient"/> hears how each answer departed from openadr3.yaml: a handler
    /// of that client sets it on the request, the client calls it with what its lenient read found (possibly nothing).
    /// </summary>
    public static readonly HttpRequestOptionsKey<Action<IReadOnlyList<WireDeviation>>> DeviationsObserver = new("openadr3.deviations");

    /// <summary>
    /// The answer read leniently (<see cref="LenientJson"/>): a field in another shape than the YAML's is read as best it
    /// can be and reported to the request's <see cref="DeviationsObserver"/>; only an answer with nothing readable throws.
    /// </summary>
    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode) throw await ProblemException.FromResponseAsync(response, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        T? read;
        IReadOnlyList<WireDeviation> deviations;
        try
        {
            read = LenientJson.Read<T>(text, out deviations);
        }
        catch (JsonException ex)
        {
            throw new UnreadableAnswerException(response, text,
                new WireDeviation("$", "openadr3.yaml: every answer is application/json", $"the body is not JSON: {ex.Message}"));
        }
        Observe(response, deviations);
        return read ?? throw new UnreadableAnswerException(response, text, deviations.Count > 0 ? deviations[^1]
            : new WireDeviation("$", $"openadr3.yaml: the operation's response schema", $"the body holds no {typeof(T).Name}"));
    }

    internal static void Observe(HttpResponseMessage response, IReadOnlyList<WireDeviation> deviations)
    {
        if (response.RequestMessage?.Options.TryGetValue(DeviationsObserver, out var observe) == true) observe(deviations);
    }
}
