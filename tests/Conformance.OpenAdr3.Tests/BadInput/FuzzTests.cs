using System.Net.Http.Headers;
using System.Text;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Spec;
using Conformance.OpenAdr3.Tests.Support;
using CsCheck;

namespace Conformance.OpenAdr3.Tests.BadInput;

/// <summary>
/// Property: whatever arrives on POST, PUT or GET of any entity, the VTN answers within a bound, never
/// with a 5xx, a 4xx always with its problem, and every answer within openadr3.yaml.
/// </summary>
public class FuzzTests
{
    private const int Requests = 300;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private TestVtn vtn = null!;
    private HttpClient http = null!;
    private string bl = null!;
    private string ven = null!;
    private Dictionary<string, (string Body, string Id)> seeds = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync();
        var blClient = await vtn.ConnectAsync(TestVtn.Bl);
        var venClient = await vtn.ConnectAsync(TestVtn.Ven);
        (bl, ven) = (blClient.AccessToken!, venClient.AccessToken!);
        seeds = await SeedAsync(blClient, venClient);
        http = vtn.NewHttp();
        http.Timeout = Patience;
    }

    [OneTimeTearDown]
    public async Task StopVtn()
    {
        http.Dispose();
        await vtn.DisposeAsync();
    }

    [Test]
    public async Task Random_and_mutated_requests_never_get_a_5xx_a_bare_error_or_a_hang() =>
        await FuzzRequests.Against(seeds).SampleAsync(SendAndCheckAsync, iter: Requests, threads: 1);

    private async Task SendAndCheckAsync(FuzzRequest fuzz)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fuzz.AsVen ? ven : bl);
        if (fuzz.Body is not null) request.Content = new StringContent(fuzz.Body, Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request);

        var status = (int)response.StatusCode;
        status.Should().BeLessThan(500, fuzz.ToString());
        if (status >= 400) await Problems.ReadAsync(response, response.StatusCode);
        SpecViolations.TakeCurrent().Should().BeEmpty(fuzz.ToString());
    }

    /// <summary>One object of each entity, so bodies can name real ids and PUTs can reach real objects.</summary>
    private static async Task<Dictionary<string, (string, string)>> SeedAsync(OpenAdrClient bl, OpenAdrClient ven)
    {
        var ct = CancellationToken.None;
        var program = await bl.CreateProgramAsync(Samples.Program(), ct);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1), ct);
        var venObject = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), ct);
        var resource = await bl.CreateResourceAsync(Samples.BlResource(venObject), ct);
        var subscription = await bl.CreateSubscriptionAsync(Samples.Subscription(program.Id), ct);
        var reportRequest = new Wire.Report
        {
            EventId = evt.Id,
            ClientName = "fuzz",
            Resources = [new Wire.ReportResource { ResourceName = resource.ResourceName, Intervals = [] }],
        };
        var report = await ven.CreateReportAsync(reportRequest, ct);
        return new()
        {
            ["programs"] = (FuzzRequests.Serialize(Samples.Program()), program.Id!),
            ["events"] = (FuzzRequests.Serialize(Samples.SimpleEvent(program.Id!, level: 2)), evt.Id!),
            ["vens"] = (FuzzRequests.Serialize(Samples.BlVen(TestVtn.OtherVen)), venObject.Id!),
            ["resources"] = (FuzzRequests.Serialize(Samples.BlResource(venObject)), resource.Id!),
            ["subscriptions"] = (FuzzRequests.Serialize(Samples.Subscription(program.Id)), subscription.Id!),
            ["reports"] = (FuzzRequests.Serialize(reportRequest), report.Id!),
        };
    }
}
