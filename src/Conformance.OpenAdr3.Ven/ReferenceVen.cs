using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Ven;

/// <summary>
/// The reference VEN: logs in, makes sure its ven object exists, then polls GET events. A new event is
/// kept, announced, and answered with one report per reportDescriptor. Poll failures are logged and
/// retried at the next interval, so the loop neither dies nor spins.
/// </summary>
public sealed class ReferenceVen : IAsyncDisposable
{
    private const int PageSize = 50;

    private readonly VenOptions options;
    private readonly HttpClient http;
    private readonly Lock gate = new();
    private readonly List<Event> knownEvents = [];
    private readonly HashSet<(string EventId, int Descriptor)> reported = [];
    private CancellationTokenSource? stopping;
    private Task? polling;

    /// <param name="handler">
    /// Transport to the VTN (e.g. an in-process test handler), which then also decides TLS; the caller keeps ownership.
    /// Null: a connection made with <see cref="VenOptions.Tls"/>.
    /// </param>
    public ReferenceVen(VenOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PollingInterval, TimeSpan.Zero, nameof(options.PollingInterval));
        if (handler is not null && options.Tls is not null)
            throw new ArgumentException("Give VenOptions.Tls or a handler, not both: the handler decides TLS.", nameof(handler));
        this.options = options;
        var baseAddress = options.VtnBaseAddress.AbsoluteUri.EndsWith('/')
            ? options.VtnBaseAddress
            : new Uri(options.VtnBaseAddress.AbsoluteUri + "/");
        http = handler is null
            ? new HttpClient((options.Tls ?? new TlsClientOptions()).CreateHandler())
            : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = baseAddress;
    }

    /// <summary>Raised once per event id, on the polling thread.</summary>
    public event Action<Event>? EventReceived;

    /// <summary>Every event seen so far, in the order first seen.</summary>
    public IReadOnlyCollection<Event> KnownEvents
    {
        get
        {
            lock (gate) return [.. knownEvents];
        }
    }

    /// <summary>Its ven object on the VTN, once started.</summary>
    public Wire.Ven? Ven { get; private set; }

    /// <summary>Connects and ensures the ven object (failures throw here), then starts polling in the background.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (polling is not null) throw new InvalidOperationException("The VEN is already started.");
        var client = await OpenAdrClient.ConnectAsync(http, options.ClientId, options.ClientSecret, ct);
        Ven = await EnsureVenAsync(client, ct);
        var cts = new CancellationTokenSource();
        polling = Task.Run(() => PollLoopAsync(client, cts.Token), CancellationToken.None);
        stopping = cts;
    }

    /// <summary>Stops polling and waits for the loop to end; calling it again does nothing.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopping, null) is not { } cts) return;
        await cts.CancelAsync();
        await polling!;
        cts.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
    }

    private async Task<Wire.Ven> EnsureVenAsync(OpenAdrClient client, CancellationToken ct)
    {
        var existing = await client.GetVensAsync(options.VenName, ct: ct);
        return existing.FirstOrDefault(v => v.VenName == options.VenName)
            ?? await client.CreateVenAsync(new Wire.Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = options.VenName }, ct);
    }

    private async Task PollLoopAsync(OpenAdrClient client, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using (options.Busy?.Invoke()) await PollOnceAsync(client, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log($"poll failed, retrying in {options.PollingInterval}: {ex.Message}");
            }

            try
            {
                await Task.Delay(options.PollingInterval, options.Time, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PollOnceAsync(OpenAdrClient client, CancellationToken ct)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await client.GetEventsAsync(skip: skip, limit: PageSize, ct: ct);
            foreach (var evt in page) Remember(evt);
            if (page.Count < PageSize) break;
        }
        foreach (var evt in KnownEvents) await ReportAsync(client, evt, ct);
    }

    private void Remember(Event evt)
    {
        if (evt.Id is null) return;
        lock (gate)
        {
            if (knownEvents.Any(e => e.Id == evt.Id)) return;
            knownEvents.Add(evt);
        }
        Log($"received event {evt.Id}");
        try
        {
            EventReceived?.Invoke(evt);
        }
        catch (Exception ex)
        {
            Log($"an EventReceived handler failed on event {evt.Id}: {ex.Message}");
        }
    }

    /// <summary>Posts the reports still owed for <paramref name="evt"/>; one that fails is tried again at the next poll.</summary>
    private async Task ReportAsync(OpenAdrClient client, Event evt, CancellationToken ct)
    {
        var descriptors = evt.ReportDescriptors ?? [];
        for (var i = 0; i < descriptors.Count; i++)
        {
            if (descriptors[i] is not { } descriptor || reported.Contains((evt.Id!, i))) continue;
            var report = ReportBuilder.Build(evt, descriptor, options.VenName, options.Time.GetUtcNow());
            var created = await client.CreateReportAsync(report, ct);
            reported.Add((evt.Id!, i));
            Log($"posted report {created.Id} ({descriptor.PayloadType}) on event {evt.Id}");
        }
    }

    private void Log(string message) => options.Log?.Invoke($"[{options.VenName}] {message}");
}
