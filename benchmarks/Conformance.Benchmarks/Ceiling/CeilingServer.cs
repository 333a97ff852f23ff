using Conformance.Benchmarks.Fleet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.Benchmarks.Ceiling;

/// <summary>
/// The ceiling: bare Kestrel in the VTN's process, with a minimal API endpoint at the VTN's poll path that
/// replays the VTN's recorded answer with no authentication, storage or serialization. What the machine can
/// serve at all under the same load generator; the VTN's figures are read as a fraction of it.
/// </summary>
internal sealed class CeilingServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private CeilingServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<CeilingServer> StartAsync(string path, PollResponse recorded, CancellationToken ct)
    {
        // Built as the VTN builds its host (empty builder, Kestrel core, routing), so the difference is what the VTN does per request.
        var builder = WebApplication.CreateEmptyBuilder(
            new WebApplicationOptions { ApplicationName = typeof(CeilingServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRouting();
        builder.Services.AddSingleton<IHostLifetime, HostOwnedLifetime>();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet(path, context => Replay(context, recorded));
        await app.StartAsync(ct);
        return new CeilingServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    private static Task Replay(HttpContext context, PollResponse recorded)
    {
        context.Response.StatusCode = recorded.Status;
        context.Response.ContentType = recorded.ContentType;
        if (!recorded.Chunked) context.Response.ContentLength = recorded.Body.Length;
        return context.Response.Body.WriteAsync(recorded.Body, context.RequestAborted).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
