using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Ven;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VenTests;

public class ReferenceVenTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Reference_ven_retrieves_a_published_event_and_reports_its_simple_level()
    {
        await using var vtn = await TestVtn.StartAsync();
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        await using var ven = new ReferenceVen(Options(vtn), vtn.NewHandler());
        var received = new TaskCompletionSource<Event>(TaskCreationOptions.RunContinuationsAsynchronously);
        ven.EventReceived += e => received.TrySetResult(e);
        await ven.StartAsync(CancellationToken.None);

        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 3), CancellationToken.None);

        (await received.Task.WaitAsync(Patience)).Id.Should().Be(evt.Id);
        var report = await EventuallyAsync(async () => (await bl.GetReportsAsync(evt.Id, ct: CancellationToken.None)).SingleOrDefault());
        report.ClientId.Should().Be(TestVtn.Ven);
        report.ClientName.Should().Be("ven-1");
        report.PayloadDescriptors!.Single().PayloadType.Should().Be(PayloadTypes.SimpleLevel);
        var payload = report.Resources!.Single().Intervals!.Single().Payloads!.Single();
        payload.Type.Should().Be(PayloadTypes.SimpleLevel);
        payload.Values!.Single().GetInt32().Should().Be(3);
        ven.KnownEvents.Should().ContainSingle();
    }

    [Test]
    public async Task Reference_ven_keeps_polling_after_the_vtn_fails()
    {
        await using var vtn = await TestVtn.StartAsync();
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1), CancellationToken.None);
        var failures = new List<string>();
        using var flaky = new FailingEventsHandler(failuresLeft: 2, vtn.NewHandler());
        await using var ven = new ReferenceVen(Options(vtn) with { Log = line => { lock (failures) failures.Add(line); } }, flaky);

        await ven.StartAsync(CancellationToken.None);

        await EventuallyAsync(() => Task.FromResult(ven.KnownEvents.SingleOrDefault(e => e.Id == evt.Id)));
        failures.Should().Contain(line => line.Contains("poll failed"));
    }

    private static VenOptions Options(TestVtn vtn) => new()
    {
        VtnBaseAddress = vtn.Server.BaseAddress,
        ClientId = TestVtn.Ven,
        ClientSecret = TestVtn.SecretOf(TestVtn.Ven),
        VenName = "ven-1",
        PollingInterval = TimeSpan.FromMilliseconds(200),
    };

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Nothing after {Patience}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Answers the first GET events with 503, as a VTN restarting would; passes the rest to the VTN.</summary>
    private sealed class FailingEventsHandler(int failuresLeft, HttpMessageHandler vtn) : DelegatingHandler(vtn)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var isPoll = request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/events");
            if (isPoll && Interlocked.Decrement(ref failuresLeft) >= 0)
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request });
            return base.SendAsync(request, ct);
        }
    }
}
