using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Spec;
using Conformance.OpenAdr3.Vtn;
using Microsoft.AspNetCore.Builder;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// A real reference VTN on 127.0.0.1:0 with one BL and two VEN clients, in memory or on a fresh SQLite file. Every
/// HttpClient it hands out checks each response against openadr3.yaml (<see cref="SpecConformanceHandler"/>).
/// </summary>
internal sealed class TestVtn : IAsyncDisposable
{
    public const string Bl = "bl-client";
    public const string Ven = "ven-client";
    public const string OtherVen = "ven-client-2";

    private readonly List<IDisposable> owned = [];
    private readonly TempDatabase? database;

    private TestVtn(VtnServer server, TempDatabase? database)
    {
        Server = server;
        this.database = database;
    }

    public VtnServer Server { get; }

    public static async Task<TestVtn> StartAsync(
        TimeProvider? time = null, Action<IApplicationBuilder>? pipeline = null, IReadOnlyList<string>? mqttBrokerUris = null,
        Func<VtnOptions, VtnOptions>? configure = null, VtnStorage storage = VtnStorage.Memory)
    {
        var database = storage == VtnStorage.Sqlite ? new TempDatabase() : null;
        try
        {
            var options = (configure ?? (o => o))(Options(time, pipeline, mqttBrokerUris)) with { Database = database?.Path };
            return new(await VtnServer.StartAsync(options), database);
        }
        catch
        {
            database?.Dispose();
            throw;
        }
    }

    /// <summary>A VTN on the SQLite file <paramref name="database"/>, which outlives it (restart tests).</summary>
    public static async Task<TestVtn> StartOnAsync(string database, TimeProvider? time = null) =>
        new(await VtnServer.StartAsync(Options(time, pipeline: null, mqttBrokerUris: null) with { Database = database }), database: null);

    private static VtnOptions Options(TimeProvider? time, Action<IApplicationBuilder>? pipeline, IReadOnlyList<string>? mqttBrokerUris) => new()
    {
        MqttBrokerUris = mqttBrokerUris ?? [],
        Clients =
        [
            new(Bl, SecretOf(Bl), VtnClientRole.BusinessLogic),
            new(Ven, SecretOf(Ven), VtnClientRole.Ven),
            new(OtherVen, SecretOf(OtherVen), VtnClientRole.Ven),
        ],
        Time = time ?? TimeProvider.System,
        ConfigurePipeline = pipeline,
        // Never post beyond this machine; test receivers serve https with the test certificate.
        Notifications = new NotificationOptions
        {
            CallbackHosts = ["127.0.0.1", "localhost", "[::1]"],
            CallbackTrustedCertificates = [X509CertificateLoader.LoadCertificate(CallbackReceiver.TestCertificate.RawData)],
        },
    };

    public static string SecretOf(string clientId) => $"{clientId}-secret";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public HttpClient NewHttp()
    {
        var http = new HttpClient(NewHandler(), disposeHandler: false) { BaseAddress = Server.BaseAddress };
        owned.Add(http);
        return http;
    }

    /// <summary>A handler checking responses against openadr3.yaml, for code that builds its own HttpClient.</summary>
    public HttpMessageHandler NewHandler()
    {
        var handler = new SpecConformanceHandler(Server.BaseAddress, new SocketsHttpHandler());
        owned.Add(handler);
        return handler;
    }

    public Task<OpenAdrClient> ConnectAsync(string clientId) =>
        OpenAdrClient.ConnectAsync(NewHttp(), clientId, SecretOf(clientId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        owned.ForEach(o => o.Dispose());
        await Server.DisposeAsync();
        database?.Dispose();
    }
}
