using System.Security.Cryptography.X509Certificates;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The callback endpoint of a subscriber the harness plays (a VEN or the business logic): it answers every
/// notification 200 and records it as evidence from the VTN, so steps judge notifications like any other message.
/// It listens where the system-under-test file's harness.callbacks says (127.0.0.1 over http by default), and the
/// VTN is given its callback URLs on the host named there, so a VTN under test on another machine can reach it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    /// <summary>The address the VTN calls: the configured host, the port the receiver took.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A callback URL on this receiver, one path per subscription so evidence tells them apart.</summary>
    public Uri CallbackFor(string name) => new(BaseAddress, $"callbacks/{Uri.EscapeDataString(name)}");

    /// <param name="subscriberRole">The role the receiver stands for in evidence, e.g. "Ven".</param>
    /// <param name="certificate">The certificate (with its key) of an https receiver; required when <paramref name="callbacks"/> has one.</param>
    public static async Task<WebhookReceiver> StartAsync(EvidenceLog evidence, string subscriberRole,
        HarnessCallbacks callbacks, X509Certificate2? certificate, CancellationToken ct)
    {
        if ((callbacks.Certificate is null) != (certificate is null))
            throw new ArgumentException("an https receiver needs its certificate, an http one none", nameof(certificate));
        // Each receiver takes the first port of the range that binds: others may hold the rest.
        for (var port = callbacks.FirstPort; ; port++)
        {
            var app = Build(evidence, subscriberRole, callbacks, port, certificate);
            try
            {
                await app.StartAsync(ct);
                var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
                return new WebhookReceiver(app, new UriBuilder(callbacks.Scheme, callbacks.Host, bound.Port, "/").Uri);
            }
            catch (IOException) when (port < callbacks.LastPort)
            {
                await app.DisposeAsync(); // in use: try the next port
            }
            catch (IOException e)
            {
                await app.DisposeAsync();
                throw new InvalidOperationException(
                    $"the {subscriberRole} webhook receiver found no free port on {callbacks.Listen} in {callbacks.FirstPort}-{callbacks.LastPort} " +
                    $"(harness.callbacks.ports): {e.Message}", e);
            }
        }
    }

    private static WebApplication Build(EvidenceLog evidence, string subscriberRole, HarnessCallbacks callbacks, int port,
        X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var host = callbacks.Listen.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{callbacks.Listen}]"
            : callbacks.Listen.ToString();
        builder.WebHost.UseUrls($"{callbacks.Scheme}://{host}:{port}");
        if (certificate is not null)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        }
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseEvidenceRecording(evidence, OpenAdrEvidencePolicy.Options, subscriberRole, _ => OpenAdrEvidence.Vtn);
        app.MapPost("/callbacks/{name}", () => Results.Ok());
        return app;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
