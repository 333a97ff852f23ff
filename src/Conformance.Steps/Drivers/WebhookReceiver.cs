using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conformance.Steps.Drivers;

/// <summary>
/// The callback endpoint of a subscriber the harness plays (a VEN or the business logic): it answers every
/// notification 200 and records it as evidence from the VTN, so steps judge notifications like any other message.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    public Uri BaseAddress { get; }

    /// <summary>A callback URL on this receiver, one path per subscription so evidence tells them apart.</summary>
    public Uri CallbackFor(string name) => new(BaseAddress, $"callbacks/{Uri.EscapeDataString(name)}");

    /// <param name="subscriberRole">The role the receiver stands for in evidence, e.g. "Ven".</param>
    public static async Task<WebhookReceiver> StartAsync(EvidenceLog evidence, string protocol, string subscriberRole, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseEvidenceRecording(evidence, new RecordingOptions(protocol, subscriberRole, _ => "Vtn"));
        app.MapPost("/callbacks/{name}", () => Results.Ok());
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebhookReceiver(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
