using System.Net.Http.Headers;
using System.Text.Json;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Cli.Tests;

/// <summary>How a VEN under test behaves: right, or breaking one rule.</summary>
public enum Misbehaviour
{
    /// <summary>Polls on time and reports the level of each event as its report descriptor asks; never creates its ven object.</summary>
    None,
    /// <summary>Connects, then never asks for events.</summary>
    NeverPolls,
    /// <summary>Polls on time, but reports on an event other than the one published.</summary>
    ActsOnWrongEvent,
    /// <summary>Declares one polling interval and polls at a slower one.</summary>
    PollsLate,
    /// <summary>Reports without clientName, which openadr3.yaml requires: the VTN refuses it with 400.</summary>
    OmitsClientName,
    /// <summary>Sends a USAGE report on the event first, and the SIMPLE_LEVEL report it was asked for 20 ms later.</summary>
    ReportsAnotherTypeFirst,
    /// <summary>Sends the level as a decimal (1.0 for 1).</summary>
    ReportsLevelAsDecimal,
}

/// <summary>
/// A VEN under test that talks real OpenADR 3.1 to the harness's VTN, as simple VENs do: it keeps trying to connect until
/// the harness's VTN is up, takes one token and polls with it for as long as it runs (no new token after a 401), and
/// leaves its enrollment to the business logic.
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
        var token = (await ConnectAsync(http, ct)).AccessToken;
        if (misbehaviour == Misbehaviour.NeverPolls) return;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var client = new OpenAdrClient(http);

        var seen = new HashSet<string>();
        // Only the intended rule breaks: a VEN that is not meant to be late polls with a 4x margin, even on a loaded machine.
        // The late VEN polls at 1.8x: clearly past the limit (interval + 250 ms), still inside the grace window (twice that).
        var interval = misbehaviour == Misbehaviour.PollsLate ? pollingInterval * 1.8 : pollingInterval / 4;
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<Event> events;
            try { events = await client.GetEventsAsync(ct); }
            catch (Exception e) when (e is HttpRequestException or ProblemException) { events = []; } // the VTN is down, or refuses the token
            foreach (var evt in events)
            {
                if (!seen.Add(evt.Id!)) continue;
                try { await ReportAsync(client, evt, ct); }
                catch (ProblemException) { /* the VTN may refuse a report; the harness judges what was sent and answered */ }
                catch (HttpRequestException) { /* the harness's VTN stops when the run ends, possibly mid-report */ }
            }
            await Task.Delay(interval, ct);
        }
    }

    private async Task ReportAsync(OpenAdrClient client, Event evt, CancellationToken ct)
    {
        var level = evt.Intervals?.FirstOrDefault()?.Payloads?.FirstOrDefault(p => p.Type == "SIMPLE")?.Values?.FirstOrDefault() is
        { ValueKind: JsonValueKind.Number } value ? value.GetDecimal() : 0m;
        switch (misbehaviour)
        {
            case Misbehaviour.ActsOnWrongEvent:
                await client.CreateReportAsync(Report("not-" + evt.Id, "SIMPLE_LEVEL", (long)level), ct);
                break;
            case Misbehaviour.OmitsClientName:
                await client.CreateReportAsync(Report(evt.Id!, "SIMPLE_LEVEL", (long)level) with { ClientName = null }, ct);
                break;
            case Misbehaviour.ReportsAnotherTypeFirst:
                await client.CreateReportAsync(Report(evt.Id!, "USAGE", 0.5m), ct);
                await Task.Delay(20, ct);
                await client.CreateReportAsync(Report(evt.Id!, "SIMPLE_LEVEL", (long)level), ct);
                break;
            case Misbehaviour.ReportsLevelAsDecimal:
                await client.CreateReportAsync(Report(evt.Id!, "SIMPLE_LEVEL", decimal.Round(level, 0) + 0.0m), ct);
                break;
            default:
                await client.CreateReportAsync(Report(evt.Id!, "SIMPLE_LEVEL", (long)level), ct);
                break;
        }
    }

    private Report Report(string eventId, string payloadType, object value) => new()
    {
        EventId = eventId,
        ClientName = venName,
        ReportName = $"{venName}-{eventId}-{payloadType}",
        Resources =
        [
            new ReportResource { ResourceName = venName, Intervals = [new Interval { Id = 0, Payloads = [ValuesMap.Of(payloadType, value)] }] },
        ],
    };

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
