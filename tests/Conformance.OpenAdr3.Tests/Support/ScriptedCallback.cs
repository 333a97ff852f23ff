using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// A callback endpoint on 127.0.0.1:0 that answers as the test scripts it (a wrong echo, silence, a redirect), over
/// https with <see cref="CallbackReceiver.TestCertificate"/> or over http, and records what it was sent.
/// </summary>
internal sealed class ScriptedCallback : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedRequest> requests = new();

    private ScriptedCallback(WebApplication app) => this.app = app;

    public Uri Url => new(app.Urls.First().TrimEnd('/') + "/callbacks");

    public IReadOnlyList<ScriptedRequest> Requests => [.. requests];

    /// <summary>The echo values of the challenges it was sent.</summary>
    public IReadOnlyList<string> Echoes => [.. requests.Where(r => r.Echo is not null).Select(r => r.Echo!)];

    public static async Task<ScriptedCallback> StartAsync(RequestDelegate answer, bool https = true)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        if (https)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel =>
                kestrel.ConfigureHttpsDefaults(tls => tls.ServerCertificate = CallbackReceiver.TestCertificate));
        }
        var app = builder.Build();
        app.Urls.Add(https ? "https://127.0.0.1:0" : "http://127.0.0.1:0");
        var callback = new ScriptedCallback(app);
        app.Run(async context =>
        {
            var request = context.Request;
            using var body = new StreamReader(request.Body);
            callback.requests.Enqueue(new ScriptedRequest(request.Method, request.Path + request.QueryString,
                request.Query["echo"].FirstOrDefault(), request.ContentLength, request.Headers.TransferEncoding.ToString(),
                await body.ReadToEndAsync()));
            await answer(context);
        });
        await app.StartAsync();
        return callback;
    }

    /// <summary>Answers the echo challenge right, then 200 to every notification.</summary>
    public static Task<ScriptedCallback> EchoingAsync(bool https = true) => StartAsync(
        context => context.Request.Query["echo"] is [{ } echo] ? context.Response.WriteAsync(echo) : Task.CompletedTask, https);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
        await app.DisposeAsync();
    }
}

/// <summary>One request a <see cref="ScriptedCallback"/> got.</summary>
internal sealed record ScriptedRequest(string Method, string Target, string? Echo, long? ContentLength, string TransferEncoding, string Body);
