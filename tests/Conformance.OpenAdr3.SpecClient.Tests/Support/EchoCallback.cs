using System.Security.Cryptography.X509Certificates;
using Conformance.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.SpecClient.Tests.Support;

/// <summary>
/// A webhook receiver on https://127.0.0.1:0 as Definition.md (Webhooks) asks of one: GET ?echo=X is answered 200 with
/// X as the body (the VTN's challenge before it allows a subscription), every notification 200.
/// </summary>
internal sealed class EchoCallback : IAsyncDisposable
{
    private readonly WebApplication app;

    private EchoCallback(WebApplication app, X509Certificate2 certificate) => (this.app, Certificate) = (app, certificate);

    /// <summary>The development certificate it serves, which the VTN is told to trust.</summary>
    public X509Certificate2 Certificate { get; }

    public string Url => app.Urls.First().TrimEnd('/') + "/send/callback/here";

    public static async Task<EchoCallback> StartAsync()
    {
        var certificate = DevelopmentCertificates.CreateServerCertificate([], "Spec client tests' callback");
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration()
            .ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        var app = builder.Build();
        app.Urls.Add("https://127.0.0.1:0");
        app.Run(context => context.Request.Query["echo"] is [{ } echo] ? context.Response.WriteAsync(echo) : Task.CompletedTask);
        await app.StartAsync();
        return new EchoCallback(app, certificate);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
