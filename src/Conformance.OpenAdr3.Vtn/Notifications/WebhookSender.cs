using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// POSTs a notification to its callbackUrl, with "Authorization: Bearer &lt;bearerToken&gt;" when the subscription
/// gives one ("callback endpoints should accept the provided bearer token to authenticate VTN requests").
/// </summary>
internal sealed class WebhookSender(VtnOptions options, Retrier retrier) : IDisposable
{
    // The Retrier times each attempt on the VTN's clock.
    private readonly HttpClient http = CallbackHttp.Create(options.Notifications);

    public Task DeliverAsync(WebhookDelivery delivery, CancellationToken stop) =>
        retrier.RunAsync($"Webhook {delivery}", ct => PostAsync(delivery, ct), stop);

    public void Dispose() => http.Dispose();

    private async Task<Attempt> PostAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        if (options.Notifications.CallbackHosts is { } hosts && !IsOn(hosts, delivery.CallbackUrl))
            return Attempt.GiveUp($"its host is not among the allowed callback hosts ({string.Join(", ", hosts)})");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.CallbackUrl)
            {
                // Serialized first, so the request carries Content-Length: JsonContent streams it chunked, which
                // minimal receivers read as an empty body.
                Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(delivery.Notification, OpenAdrJson.Options))
                {
                    Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
                },
            };
            if (delivery.BearerToken is { Length: > 0 } token) request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return Judge(response.StatusCode);
        }
        catch (HttpRequestException ex)
        {
            return Attempt.Retry(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or UriFormatException or ArgumentException)
        {
            return Attempt.GiveUp($"the callbackUrl cannot be posted to: {ex.Message}");
        }
    }

    private static bool IsOn(IReadOnlyList<string> hosts, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The YAML's callback expects 200; any 2xx is taken. Only answers that may change on their own are retried
    /// (408, 429, 5xx); any other refusal would be refused again.
    /// </summary>
    private static Attempt Judge(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 => Attempt.Done,
        408 or 429 or >= 500 => Attempt.Retry($"HTTP {(int)status}"),
        _ => Attempt.GiveUp($"HTTP {(int)status}: the callback refused it"),
    };
}
