using Conformance.Benchmarks.Ceiling;
using Conformance.Benchmarks.Fleet;
using Conformance.Benchmarks.Load;

namespace Conformance.Benchmarks.Figures;

/// <summary>
/// The two servers the poll load is aimed at, side by side in this process: a fleet's VTN and the ceiling that
/// replays the VTN's poll answer, checked to send the same bytes before any load runs.
/// </summary>
internal sealed class PollTargets : IAsyncDisposable
{
    public const string EventsPath = "/events";

    private PollTargets(EnrolledFleet fleet, PollResponse answer, CeilingServer ceiling)
    {
        Fleet = fleet;
        Answer = answer;
        Ceiling = ceiling;
    }

    public EnrolledFleet Fleet { get; }

    public PollResponse Answer { get; }

    public CeilingServer Ceiling { get; }

    public static async Task<PollTargets> StartAsync(EnrolledFleet fleet, CancellationToken ct)
    {
        var answer = await PollResponse.CaptureAsync(EventsUrl(fleet.Server.BaseAddress), fleet.SampleToken, ct);
        if (answer.Status != 200) throw new InvalidOperationException($"The VTN answers a VEN's poll with {answer.Status}.");
        var ceiling = await CeilingServer.StartAsync(EventsPath, answer, ct);
        var replayed = await PollResponse.CaptureAsync(EventsUrl(ceiling.BaseAddress), fleet.SampleToken, ct);
        if (answer.DifferenceFrom(replayed) is { } difference)
        {
            await ceiling.DisposeAsync();
            throw new InvalidOperationException($"The ceiling does not replay the VTN's answer: it sends {difference}.");
        }
        return new PollTargets(fleet, answer, ceiling);
    }

    /// <summary>The fleet's VENs polling <paramref name="server"/>, each request with the next VEN's token.</summary>
    public LoadSpec Load(Uri server, LoadShape shape, int connections, double requestsPerSecond, BenchmarkSettings settings) => new()
    {
        Host = server.Host,
        Port = server.Port,
        Path = EventsPath,
        TokensFile = Fleet.TokensFile,
        Shape = shape,
        Connections = connections,
        RequestsPerSecond = requestsPerSecond,
        Warmup = settings.Warmup,
        Duration = settings.Duration,
        ExpectedBodyLength = Answer.Body.Length,
    };

    private static Uri EventsUrl(Uri server) => new(server, EventsPath.TrimStart('/'));

    public ValueTask DisposeAsync() => Ceiling.DisposeAsync();
}
