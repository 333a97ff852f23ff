using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>Raw HTTP, so the status, media type and body are what the wire carries.</summary>
public class ErrorResponseTests
{
    private TestVtn vtn = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync();
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        http = vtn.NewHttp();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bl.AccessToken);
    }

    [OneTimeTearDown]
    public async Task StopVtn()
    {
        http.Dispose();
        await vtn.DisposeAsync();
    }

    [Test]
    public async Task Missing_required_field_is_400_problem_naming_the_field()
    {
        var problem = await PostAsync("programs", """{"intervalPeriod": {"duration": "PT1H"}}""", HttpStatusCode.BadRequest);

        problem.Detail.Should().StartWith("programName");
    }

    [Test]
    public async Task Broken_json_is_400_problem_not_500()
    {
        var problem = await PostAsync("events", """{"programID": "p1", "intervals": [""", HttpStatusCode.BadRequest);

        problem.Detail.Should().Contain("not valid JSON");
    }

    [Test]
    public async Task Wrong_json_type_is_400_problem_naming_the_field()
    {
        var problem = await PostAsync("events", """{"programID": "p1", "priority": "high"}""", HttpStatusCode.BadRequest);

        problem.Detail.Should().StartWith("priority");
    }

    [Test]
    public async Task Request_without_token_is_401_problem()
    {
        using var anonymous = vtn.NewHttp();

        using var response = await anonymous.GetAsync("events");

        await Problems.ReadAsync(response, HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
    }

    [Test]
    public async Task Forged_token_is_401_problem()
    {
        var client = new OpenAdrClient(vtn.NewHttp(), "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        var act = () => client.GetEventsAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.Problem!.Detail.Should().Contain("rejected");
    }

    [Test]
    public async Task Unknown_path_is_404_problem()
    {
        using var response = await http.GetAsync("no-such-collection");

        await Problems.ReadAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Broken_json_in_a_put_is_400_problem()
    {
        using var response = await http.PutAsync("programs/p1", new StringContent("{", Encoding.UTF8, "application/json"));

        (await Problems.ReadAsync(response, HttpStatusCode.BadRequest)).Detail.Should().Contain("not valid JSON");
    }

    [Test]
    public async Task Delete_of_an_unknown_object_is_404_problem_naming_the_id()
    {
        using var response = await http.DeleteAsync("vens/no-such-ven");

        (await Problems.ReadAsync(response, HttpStatusCode.NotFound)).Detail.Should().StartWith("venID");
    }

    private async Task<Problem> PostAsync(string path, string body, HttpStatusCode expected)
    {
        using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return await Problems.ReadAsync(response, expected);
    }
}
