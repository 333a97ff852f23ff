using System.Net;
using System.Net.Http.Headers;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>Query and path parameters are checked against the YAML's schemas: 400 with a problem naming the parameter.</summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
public class QueryParameterTests(VtnStorage storage)
{
    private TestVtn vtn = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync(storage: storage);
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

    [TestCase("programs?skip=-1", "skip")]
    [TestCase("events?limit=51", "limit")]
    [TestCase("vens?limit=ten", "limit")]
    [TestCase("events?programID=not%20an%20id", "programID")]
    [TestCase("reports?eventID=", "eventID")]
    [TestCase("programs?targets=a&targets=", "targets[1]")]
    [TestCase("subscriptions?objects=EVENT&objects=EVENTS", "objects[1]")]
    [TestCase("resources?resourceName=" + "r129", "resourceName")]
    [TestCase("events?active=yes", "active")]
    [TestCase("vens?venName=a&venName=b", "venName")]
    [TestCase("programs/bad%20id", "programID")]
    [TestCase("events/bad%20id", "eventID")]
    public async Task Parameter_out_of_its_schema_is_400_naming_it(string pathAndQuery, string parameter)
    {
        using var response = await http.GetAsync(pathAndQuery.Replace("r129", new string('r', 129)));

        (await Problems.ReadAsync(response, HttpStatusCode.BadRequest)).Detail.Should().StartWith(parameter);
    }

    [Test]
    public async Task Targets_repeat_as_one_parameter_each()
    {
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        string a = TestVtn.Unique("a"), b = TestVtn.Unique("b");
        await bl.CreateProgramAsync(Samples.Program(targets: [a]), CancellationToken.None);
        await bl.CreateProgramAsync(Samples.Program(targets: [b]), CancellationToken.None);
        await bl.CreateProgramAsync(Samples.Program(targets: ["c"]), CancellationToken.None);

        using var response = await http.GetAsync($"programs?targets={a}&targets={b}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(a).And.Contain(b).And.NotContain("\"c\"");
    }

    [Test]
    public async Task Skip_and_limit_page_through_a_list()
    {
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var target = TestVtn.Unique("page");
        var created = new List<string>();
        for (var i = 0; i < 3; i++) created.Add((await bl.CreateProgramAsync(Samples.Program(targets: [target]), CancellationToken.None)).Id!);

        var page = await bl.GetProgramsAsync(new ProgramSearch { Targets = [target], Skip = 1, Limit = 1 });

        page.Select(p => p.Id).Should().Equal(created[1]);
    }
}
