using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Benchmarks.Fleet;

/// <summary>
/// A reference VTN on 127.0.0.1 holding a fleet built through its API as a real one would be: BL created the
/// tariff program and its events; each VEN fetched its token at /auth/token, created its ven object, and polled
/// once to check it reads the <see cref="TariffProgram.EventCount"/> events. The tokens go to a file for the load
/// generator, not into this process's memory, which <see cref="Figures.MemoryProbe"/> measures.
/// </summary>
internal sealed class EnrolledFleet : IAsyncDisposable
{
    /// <summary>Enough parallel clients to keep 2 cores busy during setup without queueing thousands of requests.</summary>
    private const int SetupParallelism = 8;

    private EnrolledFleet(VtnServer server, int vens, string tokensFile, string? sampleToken)
    {
        Server = server;
        Vens = vens;
        TokensFile = tokensFile;
        SampleToken = sampleToken;
    }

    public VtnServer Server { get; }

    public int Vens { get; }

    /// <summary>Each VEN's bearer token, one a line.</summary>
    public string TokensFile { get; }

    /// <summary>The first VEN's token, to capture its poll answer; null without VENs.</summary>
    public string? SampleToken { get; }

    public static async Task<EnrolledFleet> StartAsync(int vens, DirectoryInfo workDirectory, CancellationToken ct)
    {
        var server = await VtnServer.StartAsync(new VtnOptions { Clients = FleetClients.For(vens) }, ct);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = SetupParallelism })
            {
                BaseAddress = server.BaseAddress,
            };
            await PublishTariffAsync(http, ct);
            var tokens = await EnrollAsync(http, vens, ct);
            var tokensFile = Path.Combine(workDirectory.FullName, $"tokens-{vens}.txt");
            await File.WriteAllLinesAsync(tokensFile, tokens, ct);
            return new EnrolledFleet(server, vens, tokensFile, tokens.FirstOrDefault());
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static async Task PublishTariffAsync(HttpClient http, CancellationToken ct)
    {
        var bl = await OpenAdrClient.ConnectAsync(http, FleetClients.BusinessLogic, FleetClients.SecretOf(FleetClients.BusinessLogic), ct);
        var program = await bl.CreateProgramAsync(TariffProgram.Program(), ct);
        for (var day = 0; day < TariffProgram.EventCount; day++)
            await bl.CreateEventAsync(TariffProgram.Event(program.Id!, day, TariffProgram.Tomorrow), ct);
    }

    private static async Task<string[]> EnrollAsync(HttpClient http, int vens, CancellationToken ct)
    {
        var tokens = new string[vens];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, vens), parallel, async (index, token) =>
        {
            var name = FleetClients.Ven(index);
            var ven = await OpenAdrClient.ConnectAsync(http, name, FleetClients.SecretOf(name), token);
            await ven.CreateVenAsync(new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = name }, token);
            var events = await ven.GetEventsAsync(token);
            if (events.Count != TariffProgram.EventCount)
                throw new InvalidOperationException($"{name} reads {events.Count} events instead of {TariffProgram.EventCount}.");
            tokens[index] = ven.AccessToken!;
        });
        return tokens;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(TokensFile);
        return Server.DisposeAsync();
    }
}
