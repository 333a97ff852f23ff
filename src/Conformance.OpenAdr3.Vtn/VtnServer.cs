using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The reference OpenADR 3.1 VTN on real Kestrel, over HTTP or HTTPS (<see cref="VtnOptions.Tls"/>), storing its
/// objects in memory or in a SQLite file (<see cref="VtnOptions.Database"/>).
/// </summary>
public sealed class VtnServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly VtnHttps? https;
    private int stopped;

    private VtnServer(WebApplication app, Uri baseAddress, VtnHttps? https, MqttNotifierBinding? mqtt)
    {
        this.app = app;
        this.https = https;
        BaseAddress = baseAddress;
        MqttBinding = mqtt;
    }

    /// <summary>The bound base URL, ending in '/'; with port 0 it names the port actually bound.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where the VTN serves its OpenAPI document, without authentication.</summary>
    public Uri OpenApiDocumentUrl => new(BaseAddress, VtnOpenApiDocument.Path);

    /// <summary>
    /// The certificate the VTN presents over https (<see cref="VtnTls.Certificate"/>, or the development certificate
    /// it generated, which clients may trust as it is); null over http. A generated one is disposed with the server.
    /// </summary>
    public X509Certificate2? ServerCertificate => https?.Certificate;

    /// <summary>The MQTT binding GET /notifiers announces (broker URIs, authentication), null when it offers none.</summary>
    public MqttNotifierBinding? MqttBinding { get; }

    public static async Task<VtnServer> StartAsync(VtnOptions options, CancellationToken ct = default)
    {
        var https = VtnHttps.Resolve(options);
        var resolved = NotificationSetup.Resolve(options);
        var app = Build(resolved, https);
        app.Urls.Add(options.Url);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            // A start that fails (port taken, unusable database file) must not keep the database file open.
            await app.DisposeAsync();
            https?.Dispose();
            throw;
        }

        return new VtnServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"), https, NotifiersEndpoints.ListAllNotifiers(resolved).Value!.Mqtt);
    }

    /// <summary>
    /// The VTN's services, pipeline and operations, not yet listening. The build-time OpenAPI generator
    /// (Conformance.OpenAdr3.Vtn.OpenApi) describes this application.
    /// </summary>
    internal static WebApplication Build(VtnOptions options, VtnHttps? https = null)
    {
        // The empty builder reads no appsettings or environment, so the harness's working directory cannot leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(VtnServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        if (https is not null)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.Services.AddSingleton(https); // the in-process MQTT broker serves TLS with the same certificate
            builder.Services.AddOptions<KestrelServerOptions>().Configure<ILoggerFactory>((kestrel, logging) =>
                kestrel.ConfigureHttpsDefaults(tls => https.Configure(tls, logging.CreateLogger<VtnHttps>())));
        }
        options.ConfigureLogging?.Invoke(builder.Logging);
        AddServices(builder.Services, options);
        builder.Services.AddNotifications(options); // last, so it wraps whichever stores were registered

        var app = builder.Build();
        options.ConfigurePipeline?.Invoke(app);
        app.UseMiddleware<ProblemMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        if (https?.RequiresClientCertificates == true) app.UseMiddleware<ClientCertificateBinding>();
        app.UseAuthorization();
        app.MapOpenApiDocument();
        // Any operation may answer 500 (ProblemMiddleware); the OpenAPI document says so.
        var api = app.MapGroup("").ProducesProblems(500);
        api.MapAuth();
        api.MapPrograms();
        api.MapEvents();
        api.MapVens();
        api.MapReports();
        api.MapSubscriptions();
        api.MapResources();
        api.MapNotifiers();
        api.MapMqttTopics();
        return app;
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0) await app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
        https?.Dispose();
    }

    private static void AddServices(IServiceCollection services, VtnOptions options)
    {
        services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddSingleton<TokenIssuer>();
        services.AddObjectStores(options.Database);
        services.AddSingleton<TargetGrants>();
        services.AddSingleton<WireJson>();
        services.AddRouting();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.Configure<JsonOptions>(json => OpenAdrJson.Configure(json.SerializerOptions));
        services.AddOpenApi();
    }
}
