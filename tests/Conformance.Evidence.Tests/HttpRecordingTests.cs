using System.Net;
using System.Text;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;
using Conformance.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Evidence.Tests;

public class HttpRecordingTests
{
    /// <summary>A binding's policy as the recorders see it: its caller is named by a header, its secret is a header and a form field.</summary>
    private sealed class KeyPolicy : EvidencePolicy
    {
        public override string Header(string name, string value) =>
            name.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase) ? Fingerprint.Of(value) : value;

        public override string Body(string body) => body.Replace("hunter2", Fingerprint.Of("hunter2"), StringComparison.Ordinal);

        public override string? CallerOf(HttpRequestSeen request) => request.Header("x-client");
    }

    private static readonly RecordingOptions Options = new("test", new KeyPolicy());

    private static async Task<(WebApplication App, Uri Url, EvidenceLog Log)> StartAsync(RecordingOptions? options = null, RunClock? clock = null)
    {
        var log = new EvidenceLog(clock ?? new RunClock(ClockSetting.Real), null);
        var (app, url) = await LoopbackServer.StartAsync(app =>
        {
            app.UseEvidenceRecording(log, options ?? Options, "Vtn", id => id is null ? "anonymous" : $"client {id}");
            app.MapPost("/events", async (HttpRequest r) =>
                Results.Created("/events/1", new { echo = await new StreamReader(r.Body).ReadToEndAsync() }));
            app.MapGet("/boom", string () => throw new InvalidOperationException("handler failed"));
            // Work the clock cannot see: 300 ms of wall time.
            app.MapGet("/slow", async () => { await Task.Delay(TimeSpan.FromMilliseconds(300)); return "done"; });
        });
        return (app, url, log);
    }

    [Test]
    public async Task A_request_is_recorded_on_arrival_and_its_response_when_complete()
    {
        var (app, url, log) = await StartAsync();
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = url };
        http.DefaultRequestHeaders.Add("X-Client", "ven-7");
        http.DefaultRequestHeaders.Add("X-Api-Key", "k3y");

        var response = await http.PostAsync("/events?x=1", new StringContent("{\"a\":\"hunter2\"}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var records = log.Snapshot();
        records.Should().HaveCount(2);
        records[0].Should().Match<EvidenceRecord>(r => r.Direction == "request" && r.From == "client ven-7" && r.To == "Vtn"
            && r.Transport == "http" && r.Binding == "test" && r.CorrelationId == null
            && r.Http!.Method == "POST" && r.Http.Target == "/events?x=1" && r.Http.Path == "/events" && r.Http.Status == null
            && r.Size == 15 && r.Body == $"{{\"a\":\"{Fingerprint.Of("hunter2")}\"}}");
        records[0].Http!.Headers["X-Api-Key"].Should().Be(Fingerprint.Of("k3y"));
        records[1].Should().Match<EvidenceRecord>(r => r.Direction == "response" && r.Http!.Status == 201 && r.CorrelationId == 1
            && r.From == "Vtn" && r.To == "client ven-7" && r.Body!.Contains("echo") && !r.Body.Contains("hunter2")
            && r.Size == Encoding.UTF8.GetByteCount("{\"echo\":\"{\\\"a\\\":\\\"hunter2\\\"}\"}"));
        records[1].Summary.Should().MatchRegex(@"^#2 t=\d+\.\d{6} s POST /events\?x=1 \(Vtn -> client ven-7\) 201$");
    }

    [Test]
    public async Task Without_a_policy_nothing_is_redacted_and_no_caller_is_named()
    {
        var (app, url, log) = await StartAsync(new RecordingOptions("test"));
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = url };
        http.DefaultRequestHeaders.Add("X-Client", "ven-7");
        await http.PostAsync("/events", new StringContent("hunter2"));
        log.Snapshot()[0].Should().Match<EvidenceRecord>(r => r.From == "anonymous" && r.Body == "hunter2");
    }

    [Test]
    public async Task A_server_fault_is_still_recorded_as_a_response()
    {
        var (app, url, log) = await StartAsync();
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = url };
        await http.GetAsync("/boom");
        log.Snapshot().Should().Contain(r => r.Direction == "response" && r.Http!.Status == 500 && r.Http.Target == "/boom");
    }

    [Test]
    public async Task Virtual_time_stands_still_while_the_server_serves_a_request()
    {
        await using var clock = new RunClock(ClockSetting.Virtual);
        var (app, url, log) = await StartAsync(clock: clock);
        await using var _ = app;
        // The client is the harness's own too: its request is in flight, and declared, from the moment it is sent.
        using var http = new HttpClient(new ActivityHandler(clock.Activity, new SocketsHttpHandler())) { BaseAddress = url };
        Task hour;
        Task<HttpResponseMessage> slow;
        using (clock.Activity.BeginActivity())
        {
            hour = Task.Delay(TimeSpan.FromHours(1), clock.Time);
            slow = http.GetAsync("/slow");
        }

        (await slow.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode.Should().Be(HttpStatusCode.OK);
        await hour.WaitAsync(TimeSpan.FromSeconds(30));

        log.Snapshot().Select(r => (r.Direction, r.T)).Should().Equal(("request", 0.0), ("response", 0.0));
        clock.Elapsed.Should().Be(TimeSpan.FromHours(1));
    }

    [Test]
    public async Task Virtual_time_stands_still_while_a_harness_client_waits_for_a_response()
    {
        await using var clock = new RunClock(ClockSetting.Virtual);
        using var log = new EvidenceLog(clock, null);
        var baseAddress = new Uri("http://sut.example/openadr3/");
        using var http = new HttpClient(new RecordingHandler(log, Options, "BusinessLogic", "Vtn", baseAddress, new SlowServer()))
        {
            BaseAddress = baseAddress,
        };
        Task hour;
        Task<HttpResponseMessage> sent;
        using (clock.Activity.BeginActivity())
        {
            hour = Task.Delay(TimeSpan.FromHours(1), clock.Time);
            sent = http.GetAsync("events");
        }

        await sent.WaitAsync(TimeSpan.FromSeconds(30));
        await hour.WaitAsync(TimeSpan.FromSeconds(30));

        log.Snapshot().Select(r => (r.Direction, r.Http!.Target, r.T)).Should().Equal(("request", "/events", 0.0), ("response", "/events", 0.0));
        clock.Elapsed.Should().Be(TimeSpan.FromHours(1));
    }

    /// <summary>A third-party server that takes 300 ms of wall time to answer.</summary>
    private sealed class SlowServer : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") };
        }
    }

    [Test]
    public async Task A_client_records_its_exchanges_below_the_base_address_in_the_same_shape()
    {
        var (app, url, _) = await StartAsync();
        await using var _ = app;
        using var log = new EvidenceLog(new RunClock(ClockSetting.Real), null);
        var baseAddress = new Uri(url, "/");
        using var http = new HttpClient(new RecordingHandler(log, Options, "BusinessLogic", "Vtn", baseAddress, new SocketsHttpHandler()))
        {
            BaseAddress = baseAddress,
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", "k3y");

        await http.PostAsync("events", new StringContent("hunter2"));

        var records = log.Snapshot();
        records.Select(r => (r.Direction, r.From, r.To, r.Transport, r.Http!.Method, r.Http.Target, r.Http.Status)).Should().Equal(
            ("request", "BusinessLogic", "Vtn", "http", "POST", "/events", null),
            ("response", "Vtn", "BusinessLogic", "http", "POST", "/events", 201));
        records[0].Http!.Headers["X-Api-Key"].Should().Be(Fingerprint.Of("k3y"));
        records[0].Body.Should().NotContain("hunter2");
        records[0].Size.Should().Be(7);
        records[1].CorrelationId.Should().Be(records[0].Seq);
    }
}
