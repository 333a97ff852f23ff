using System.Diagnostics;
using Conformance.Benchmarks.Figures;
using Conformance.Benchmarks.Fleet;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Benchmarks.Notify;

/// <summary>
/// How one event's notification reached the webhook subscribers; times in ms from BL's POST /events answer
/// (the request itself, for the last one, too), null when nothing arrived.
/// </summary>
internal sealed record NotifyRow(int Subscribers, int Delivered, double? FirstFromResponseMs, double? LastFromResponseMs, double? LastFromRequestMs)
{
    /// <summary>The target: one event's notification delivered to 1,000 webhook subscribers in under 1 s.</summary>
    public const double TargetMs = 1000;

    public bool TargetMet => Delivered == Subscribers && LastFromResponseMs < TargetMs;
}

/// <summary>
/// Time to deliver one event's notification to <see cref="Subscribers"/> webhook subscribers: each VEN of a
/// fleet subscribes (through the API) to its program's event creations with its own callback URL on one local
/// <see cref="WebhookReceiver"/>; BL then creates one event, and the figure is the time from BL's POST /events
/// answer to the last subscriber's first notification of that event. The wait is bounded: a VTN that sends
/// nothing gets "not measurable", never a made-up time.
/// </summary>
internal static class NotifyFigure
{
    public const int Subscribers = 1000;

    public const string NotMeasurable = "notify: not measurable yet (no webhook notifications in the VTN)";

    /// <summary>Ten times the target: long enough to tell a slow VTN from a silent one.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private const int SetupParallelism = 8;

    public static async Task<NotifyRow> RunAsync(DirectoryInfo work, CancellationToken ct)
    {
        Progress.Say($"notify: enrolling {Subscribers} VENs, each subscribing a webhook to its program's new events");
        await using var fleet = await EnrolledFleet.StartAsync(Subscribers, work, ct);
        await using var receiver = await WebhookReceiver.StartAsync(ct);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = SetupParallelism })
        {
            BaseAddress = fleet.Server.BaseAddress,
        };
        var bl = await OpenAdrClient.ConnectAsync(http, FleetClients.BusinessLogic, FleetClients.SecretOf(FleetClients.BusinessLogic), ct);
        var programId = (await bl.GetProgramsAsync(ct)).Single().Id!;
        await SubscribeAsync(http, fleet, receiver, programId, ct);

        Progress.Say($"notify: BL creates one event; waiting up to {Wait.TotalSeconds} s for {Subscribers} callbacks");
        var sent = Stopwatch.GetTimestamp();
        var created = await bl.CreateEventAsync(TariffProgram.Event(programId, TariffProgram.EventCount, TariffProgram.Tomorrow), ct);
        var answered = Stopwatch.GetTimestamp();
        var arrivals = await AwaitArrivalsAsync(receiver, created.Id!, ct);
        // Elapsed times may be negative: a VTN may notify before its answer to BL is out.
        return arrivals.Count == 0
            ? new NotifyRow(Subscribers, 0, null, null, null)
            : new NotifyRow(Subscribers, arrivals.Count, Milliseconds(answered, arrivals.Min()), Milliseconds(answered, arrivals.Max()),
                Milliseconds(sent, arrivals.Max()));
    }

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static async Task SubscribeAsync(HttpClient http, EnrolledFleet fleet, WebhookReceiver receiver, string programId, CancellationToken ct)
    {
        var tokens = await File.ReadAllLinesAsync(fleet.TokensFile, ct);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, Subscribers), parallel, async (index, token) =>
        {
            var ven = new OpenAdrClient(http, tokens[index]);
            await ven.CreateSubscriptionAsync(new Subscription
            {
                ClientName = FleetClients.Ven(index),
                ProgramId = programId,
                ObjectOperations =
                [
                    new ObjectOperation
                    {
                        Objects = [ObjectTypes.Event],
                        Operations = [ObjectOperation.Create],
                        CallbackUrl = receiver.CallbackUrl(index),
                    },
                ],
            }, token);
        });
    }

    /// <summary>Waits until every subscriber heard of the event, or <see cref="Wait"/> is over.</summary>
    private static async Task<IReadOnlyList<long>> AwaitArrivalsAsync(WebhookReceiver receiver, string eventId, CancellationToken ct)
    {
        var giveUp = Stopwatch.GetTimestamp() + (long)(Wait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var arrivals = receiver.ArrivalsOf(eventId);
            if (arrivals.Count >= Subscribers || Stopwatch.GetTimestamp() >= giveUp) return arrivals;
            await Task.Delay(TimeSpan.FromMilliseconds(5), ct);
        }
    }
}
