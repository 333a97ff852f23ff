using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conformance.OpenAdr3.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.OpenAdr3.Tests.BadInput;

/// <summary>
/// Every request of the corpus gets its 4xx with the YAML's problem (status equal to the HTTP status, detail
/// naming the field), never a 5xx or a hang, and the VTN answers a good request right after.
/// </summary>
public class MalformedRequestTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Dictionary<Credential, string?> tokens = [];
    private TestVtn vtn = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        vtn = await TestVtn.StartAsync(time);
        tokens[Credential.Expired] = (await vtn.ConnectAsync(TestVtn.Bl)).AccessToken;
        time.Advance(TimeSpan.FromHours(2));

        var bl = (await vtn.ConnectAsync(TestVtn.Bl)).AccessToken!;
        tokens[Credential.Bl] = bl;
        tokens[Credential.Ven] = (await vtn.ConnectAsync(TestVtn.Ven)).AccessToken;
        tokens[Credential.None] = null;
        tokens[Credential.Garbage] = "not-a-jwt";
        tokens[Credential.UnsignedAlgNone] = ForgedTokens.Unsigned(TestVtn.Bl);
        tokens[Credential.TamperedSignature] = ForgedTokens.Tampered(bl);
        await using (var other = await TestVtn.StartAsync())
            tokens[Credential.OtherVtnsToken] = (await other.ConnectAsync(TestVtn.Bl)).AccessToken;

        http = vtn.NewHttp();
        http.Timeout = Patience;
    }

    [OneTimeTearDown]
    public async Task StopVtn()
    {
        http.Dispose();
        await vtn.DisposeAsync();
    }

    private static IEnumerable<TestCaseData> Corpus() =>
        MalformedRequests.All.Select(bad => new TestCaseData(bad).SetArgDisplayNames(bad.Name));

    [TestCaseSource(nameof(Corpus))]
    public async Task Malformed_request_gets_its_4xx_problem_and_the_vtn_keeps_serving(MalformedRequest bad)
    {
        using (var response = await http.SendAsync(Request(bad)))
        {
            var problem = await Problems.ReadAsync(response, (HttpStatusCode)bad.Status);
            problem.Detail.Should().StartWith(bad.Field);
        }

        using var good = await http.SendAsync(Request(new MalformedRequest("good", "GET", "programs", null, Credential.Bl, 200, null)));
        good.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private HttpRequestMessage Request(MalformedRequest bad)
    {
        var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path);
        if (bad.Body is not null)
        {
            request.Content = new StringContent(bad.Body, Encoding.UTF8, bad.ContentType);
            // Kestrel refuses a body over its limit before it is sent only to a client that waits for
            // 100-continue; to one that does not, it answers 413 and closes the connection mid-upload.
            request.Headers.ExpectContinue = true;
        }
        if (tokens[bad.As] is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
