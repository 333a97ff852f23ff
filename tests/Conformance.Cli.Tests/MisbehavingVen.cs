using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Cli.Tests;

/// <summary>How a deliberately wrong VEN under test goes wrong.</summary>
public enum Misbehaviour
{
    /// <summary>Enrolls, then never asks for events.</summary>
    NeverPolls,
    /// <summary>Polls on time, but reports on an event other than the one published.</summary>
    ActsOnWrongEvent,
    /// <summary>Declares one polling interval and polls at a slower one.</summary>
    PollsLate,
}

/// <summary>
/// A VEN under test that talks real OpenADR 3.1 to the harness's VTN and breaks one rule. It keeps trying to
/// connect until the harness's VTN is up, as a real VEN would.
/// </summary>
public sealed class MisbehavingVen(
    Misbehaviour misbehaviour, Uri vtn, string venName, string clientId, string secret, TimeSpan pollingInterval) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    private async Task RunAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = vtn, Timeout = TimeSpan.FromSeconds(5) };
        var client = await ConnectAsync(http, ct);
        if ((await client.GetVensAsync(venName, null, null, ct)).Count == 0)
            await client.CreateVenAsync(new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = venName }, ct);
        if (misbehaviour == Misbehaviour.NeverPolls) return;

        var seen = new HashSet<string>();
        // Only the intended rule breaks: a VEN that is not meant to be late polls with a 4x margin, even on a loaded machine.
        // The late VEN polls at 1.8x: clearly past the limit (interval + 250 ms), still inside the grace window (twice that).
        var interval = misbehaviour == Misbehaviour.PollsLate ? pollingInterval * 1.8 : pollingInterval / 4;
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<Event> events;
            try { events = await client.GetEventsAsync(ct); }
            catch (HttpRequestException) { events = []; } // the harness's VTN stops when the run ends
            foreach (var evt in events)
            {
                if (!seen.Add(evt.Id!)) continue;
                var reportedId = misbehaviour == Misbehaviour.ActsOnWrongEvent ? "not-" + evt.Id : evt.Id;
                try
                {
                    await client.CreateReportAsync(new Report
                    {
                        EventId = reportedId,
                        ClientName = venName,
                        ReportName = $"{venName}-{reportedId}",
                        Resources =
                        [
                            new ReportResource
                            {
                                ResourceName = venName,
                                Intervals = [new Interval { Id = 0, Payloads = [ValuesMap.Of("SIMPLE_LEVEL", 1)] }],
                            },
                        ],
                    }, ct);
                }
                catch (ProblemException) { /* the VTN may reject a report on an unknown event; the harness judges what was sent */ }
                catch (HttpRequestException) { /* the harness's VTN stops when the run ends, possibly mid-report */ }
            }
            await Task.Delay(interval, ct);
        }
    }

    private async Task<OpenAdrClient> ConnectAsync(HttpClient http, CancellationToken ct)
    {
        while (true)
        {
            try { return await OpenAdrClient.ConnectAsync(http, clientId, secret, ct); }
            catch (HttpRequestException) { await Task.Delay(100, ct); }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
            try { await _loop; }
            catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
