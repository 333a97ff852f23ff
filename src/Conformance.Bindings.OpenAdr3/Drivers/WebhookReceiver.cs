using System.Collections.Concurrent;
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
/// The callback endpoint of a subscriber the harness plays (a VEN or the business logic): it answers the VTN's echo
/// challenge (Definition.md, Webhooks: GET with "echo", answered 200 OK with the value as the body) and every
/// notification 200, and records both as evidence from the VTN, so steps judge them like any other message. It
/// listens where the system-under-test file's harness.callbacks says (https on 127.0.0.1 by default), and the VTN is
/// given its callback URLs on the host named there, so a VTN under test on another machine can reach it. A callback
/// may be told to answer the challenge wrongly or not at all (<see cref="Answer"/>), to see what the VTN makes of it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>How long a silent callback holds the challenge before it lets go (a VTN should have given up long before).</summary>
    public static readonly TimeSpan SilenceBound = TimeSpan.FromSeconds(60);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, EchoAnswer> _answers;

    private WebhookReceiver(WebApplication app, Uri baseAddress, ConcurrentDictionary<string, EchoAnswer> answers) =>
        (_app, BaseAddress, _answers) = (app, baseAddress, answers);

    /// <summary>The address the VTN calls: the configured host, the port the receiver took.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A callback URL on this receiver, one path per subscription so evidence tells them apart.</summary>
    public Uri CallbackFor(string name) => new(BaseAddress, $"callbacks/{Uri.EscapeDataString(name)}");

    /// <summary>How the callback <paramref name="name"/> answers the echo challenge from now on (by default: right).</summary>
    public void Answer(string name, EchoAnswer answer) => _answers[name] = answer;

    /// <param name="subscriberRole">The role the receiver stands for in evidence, e.g. "Ven".</param>
    /// <param name="certificate">The certificate (with its key) of an https receiver; none for an http one.</param>
    public static async Task<WebhookReceiver> StartAsync(EvidenceLog evidence, string subscriberRole,
        HarnessCallbacks callbacks, X509Certificate2? certificate, CancellationToken ct)
    {
        if (callbacks.IsPlainHttp != (certificate is null))
            throw new ArgumentException("an https receiver needs its certificate, an http one none", nameof(certificate));
        var answers = new ConcurrentDictionary<string, EchoAnswer>(StringComparer.Ordinal);
        // Each receiver takes the first port of the range that binds: others may hold the rest.
        for (var port = callbacks.FirstPort; ; port++)
        {
            var app = Build(evidence, subscriberRole, callbacks, port, certificate, answers);
            try
            {
                await app.StartAsync(ct);
                var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
                return new WebhookReceiver(app, new UriBuilder(callbacks.Scheme, callbacks.Host, bound.Port, "/").Uri, answers);
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
        X509Certificate2? certificate, ConcurrentDictionary<string, EchoAnswer> answers)
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
        app.MapGet("/callbacks/{name}", (string name, HttpContext context) =>
            ChallengeAsync(answers.GetValueOrDefault(name), context, app.Lifetime.ApplicationStopping));
        return app;
    }

    /// <summary>The answer to GET ?echo=X: X as text/plain (or another value, or nothing at all, as told).</summary>
    private static async Task<IResult> ChallengeAsync(EchoAnswer answer, HttpContext context, CancellationToken stopping)
    {
        if (context.Request.Query["echo"] is not [{ } echo]) return Results.BadRequest("echo: one value expected");
        switch (answer)
        {
            case EchoAnswer.WrongValue:
                return Results.Text($"not-{echo}");
            case EchoAnswer.Silent:
                using (var silence = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping))
                {
                    try { await Task.Delay(SilenceBound, silence.Token); }
                    catch (OperationCanceledException) { }
                }
                context.Abort();
                return Results.Empty;
            default:
                return Results.Text(echo);
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
