using System.Net;
using System.Text;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Conformance.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conformance.Evidence.Tests;

public class HttpRecordingTests
{
    private static async Task<(WebApplication App, Uri Url, EvidenceLog Log)> StartAsync(RunClock? clock = null)
    {
        var log = new EvidenceLog(clock ?? new RunClock(ClockSetting.Real), null);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseEvidenceRecording(log, new RecordingOptions("test/http", "Vtn", id => id is null ? "anonymous" : $"client {id}"));
        app.MapPost("/events", async (HttpRequest r) => Results.Created("/events/1", new { echo = await new StreamReader(r.Body).ReadToEndAsync() }));
        app.MapGet("/boom", string () => throw new InvalidOperationException("handler failed"));
        // Work the clock cannot see: 300 ms of wall time.
        app.MapGet("/slow", async () => { await Task.Delay(TimeSpan.FromMilliseconds(300)); return "done"; });
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (app, url, log);
    }

    [Test]
    public async Task A_request_is_recorded_on_arrival_and_its_response_when_complete()
    {
        var (app, url, log) = await StartAsync();
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = url };
        var token = Jwt("""{"client_id":"ven-7"}""");
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await http.PostAsync("/events?x=1", new StringContent("{\"a\":1}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var records = log.Snapshot();
        records.Should().HaveCount(2);
        records[0].Should().Match<EvidenceRecord>(r => r.Direction == "request" && r.From == "client ven-7" && r.To == "Vtn"
            && r.Method == "POST" && r.Endpoint == "/events?x=1" && r.Body == "{\"a\":1}");
        records[0].Headers["Authorization"].Should().StartWith("Bearer <redacted sha256:").And.NotContain(token);
        records[1].Should().Match<EvidenceRecord>(r => r.Direction == "response" && r.Status == 201 && r.InResponseTo == 1
            && r.From == "Vtn" && r.To == "client ven-7" && r.Body!.Contains("echo"));
    }

    [Test]
    public async Task A_server_fault_is_still_recorded_as_a_response()
    {
        var (app, url, log) = await StartAsync();
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = url };
        await http.GetAsync("/boom");
        log.Snapshot().Should().Contain(r => r.Direction == "response" && r.Status == 500 && r.Endpoint == "/boom");
    }

    [Test]
    public async Task Virtual_time_stands_still_while_the_server_serves_a_request()
    {
        await using var clock = new RunClock(ClockSetting.Virtual);
        var (app, url, log) = await StartAsync(clock);
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
        var options = new RecordingOptions("test/http", "Vtn", _ => "BusinessLogic");
        using var http = new HttpClient(new RecordingHandler(log, options, "BusinessLogic", baseAddress, new SlowServer())) { BaseAddress = baseAddress };
        Task hour;
        Task<HttpResponseMessage> sent;
        using (clock.Activity.BeginActivity())
        {
            hour = Task.Delay(TimeSpan.FromHours(1), clock.Time);
            sent = http.GetAsync("events");
        }

        await sent.WaitAsync(TimeSpan.FromSeconds(30));
        await hour.WaitAsync(TimeSpan.FromSeconds(30));

        log.Snapshot().Select(r => (r.Direction, r.Endpoint, r.T)).Should().Equal(("request", "/events", 0.0), ("response", "/events", 0.0));
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

    [TestCase("Bearer", null, "", null)]
    [TestCase(null, "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=bl&client_secret=x", "bl")]
    public void The_caller_of_a_token_request_is_read_from_its_credentials(string? authorization, string? contentType, string body, string? expected) =>
        CallerIdentity.ClientId(authorization, contentType, body).Should().Be(expected);

    [Test]
    public void Basic_credentials_name_their_client() =>
        CallerIdentity.ClientId("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ven-1:secret")), null, "").Should().Be("ven-1");

    [Test]
    public void Secrets_are_replaced_by_a_fingerprint_that_still_tells_equal_secrets_apart()
    {
        var form = Redaction.Body("grant_type=client_credentials&client_id=bl&client_secret=hunter2");
        form.Should().NotContain("hunter2").And.Contain("client_id=bl").And.Contain(Redaction.Fingerprint("hunter2"));
        Redaction.Body("""{"access_token":"abc.def.ghi","token_type":"Bearer"}""").Should().NotContain("abc.def.ghi");
        Redaction.Fingerprint("a").Should().NotBe(Redaction.Fingerprint("b"));
    }

    private static string Jwt(string payload)
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{B64("""{"alg":"HS256"}""")}.{B64(payload)}.signature";
    }
}
