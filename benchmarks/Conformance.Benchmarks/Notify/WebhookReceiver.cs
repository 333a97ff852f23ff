using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Conformance.Benchmarks.Ceiling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.Benchmarks.Notify;

/// <summary>
/// One Kestrel endpoint on 127.0.0.1 standing in for every webhook subscriber: subscriber i has its own callback
/// URL (/subscribers/i) and the receiver notes when each subscriber first heard of each object, read from the
/// notification's object.id, so only notifications of the object under test count.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Uri baseAddress;
    private readonly ConcurrentDictionary<(int Subscriber, string ObjectId), long> firstHeard;

    private WebhookReceiver(WebApplication app, Uri baseAddress, ConcurrentDictionary<(int Subscriber, string ObjectId), long> firstHeard)
    {
        this.app = app;
        this.baseAddress = baseAddress;
        this.firstHeard = firstHeard;
    }

    public static async Task<WebhookReceiver> StartAsync(CancellationToken ct)
    {
        var firstHeard = new ConcurrentDictionary<(int Subscriber, string ObjectId), long>();
        var builder = WebApplication.CreateEmptyBuilder(
            new WebApplicationOptions { ApplicationName = typeof(WebhookReceiver).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRouting();
        builder.Services.AddSingleton<IHostLifetime, HostOwnedLifetime>();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/subscribers/{subscriber:int}", (int subscriber, HttpRequest request) => ReceiveAsync(firstHeard, subscriber, request));
        await app.StartAsync(ct);
        return new WebhookReceiver(app, new Uri(app.Urls.First().TrimEnd('/') + "/"), firstHeard);
    }

    public string CallbackUrl(int subscriber) => new Uri(baseAddress, $"subscribers/{subscriber}").AbsoluteUri;

    /// <summary>When each subscriber first heard of <paramref name="objectId"/>, in <see cref="Stopwatch"/> ticks.</summary>
    public IReadOnlyList<long> ArrivalsOf(string objectId) =>
        firstHeard.Where(entry => entry.Key.ObjectId == objectId).Select(entry => entry.Value).ToList();

    private static async Task<IResult> ReceiveAsync(
        ConcurrentDictionary<(int Subscriber, string ObjectId), long> firstHeard, int subscriber, HttpRequest request)
    {
        var at = Stopwatch.GetTimestamp();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("object", out var notified) && notified.ValueKind == JsonValueKind.Object
                && notified.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                firstHeard.TryAdd((subscriber, id.GetString()!), at);
            }
            return Results.Ok();
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
