using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>The reference OpenADR 3.1 VTN on real Kestrel, storing its objects in memory or in a SQLite file (<see cref="VtnOptions.Database"/>).</summary>
public sealed class VtnServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int stopped;

    private VtnServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The bound base URL, ending in '/'; with port 0 it names the port actually bound.</summary>
    public Uri BaseAddress { get; }

    public static async Task<VtnServer> StartAsync(VtnOptions options, CancellationToken ct = default)
    {
        var app = Build(NotificationSetup.Resolve(options));
        app.Urls.Add(options.Url);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            // A start that fails (port taken, unusable database file) must not keep the database file open.
            await app.DisposeAsync();
            throw;
        }

        return new VtnServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    /// <summary>
    /// The VTN's services, pipeline and operations, not yet listening. The build-time OpenAPI generator
    /// (Conformance.OpenAdr3.Vtn.OpenApi) describes this application.
    /// </summary>
    internal static WebApplication Build(VtnOptions options)
    {
        // The empty builder reads no appsettings or environment, so the harness's working directory cannot leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(VtnServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        options.ConfigureLogging?.Invoke(builder.Logging);
        AddServices(builder.Services, options);
        builder.Services.AddNotifications(options); // last, so it wraps whichever stores were registered

        var app = builder.Build();
        options.ConfigurePipeline?.Invoke(app);
        app.UseMiddleware<ProblemMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
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
