using System.Text;
using System.Text.Json;
using Conformance.Bindings.OpenAdr3;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;

namespace Conformance.Features.Bindings;

/// <summary>The OpenADR 3.1 binding's evidence policy (OAuth2 secrets and callers) and its named tests on records.</summary>
public class OpenAdrEvidenceTests
{
    private static readonly OpenAdrEvidencePolicy Policy = OpenAdrEvidencePolicy.Instance;

    [TestCase("Bearer", null, "", null)]
    [TestCase(null, "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=bl&client_secret=x", "bl")]
    public void The_caller_of_a_token_request_is_read_from_its_credentials(
        string? authorization, string? contentType, string body, string? expected) =>
        OpenAdrEvidencePolicy.ClientId(authorization, contentType, body).Should().Be(expected);

    [Test]
    public void Basic_credentials_name_their_client() =>
        OpenAdrEvidencePolicy.ClientId("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ven-1:secret")), null, "").Should().Be("ven-1");

    [Test]
    public void A_bearer_jwt_names_its_client_through_the_recorders_view_of_the_request()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = $"Bearer {Jwt("""{"client_id":"ven-7"}""")}",
        };
        Policy.CallerOf(new HttpRequestSeen("GET", "/events", headers, "")).Should().Be("ven-7");
    }

    [Test]
    public void Secrets_are_replaced_by_a_fingerprint_that_still_tells_equal_secrets_apart()
    {
        var form = Policy.Body("grant_type=client_credentials&client_id=bl&client_secret=hunter2");
        form.Should().NotContain("hunter2").And.Contain("client_id=bl").And.Contain(Fingerprint.Of("hunter2"));
        Policy.Body("""{"access_token":"abc.def.ghi","token_type":"Bearer"}""").Should().NotContain("abc.def.ghi");
        Policy.Body("""{"objectOperations":[{"bearerToken":"webhook-token"}]}""").Should().NotContain("webhook-token");
        Policy.Header("Authorization", "Bearer abc.def.ghi").Should().Be($"Bearer {Fingerprint.Of("abc.def.ghi")}");
        Policy.Header("Content-Type", "application/json").Should().Be("application/json");
        Fingerprint.Of("a").Should().NotBe(Fingerprint.Of("b"));
    }

    [Test]
    public async Task No_secret_of_the_harness_clients_reaches_the_evidence()
    {
        var sut = SystemUnderTestDescription.EmbeddedDefault;
        var clock = new RunClock(sut.Clock);
        using var evidence = new EvidenceLog(clock, path: null);
        await using var session = await new OpenAdr3Binding()
            .StartAsync(new BindingContext(sut, clock, evidence, Path.GetTempPath(), _ => { }), CancellationToken.None);
        var grid = session.Services.OfType<GridDomain>().Single();
        var bl = await grid.BusinessLogicAsync(CancellationToken.None);
        var ven = await grid.HarnessVenAsync("harness-ven-1", CancellationToken.None);
        await ven.GetEventsAsync(ct: CancellationToken.None);

        var text = string.Join("\n", evidence.Snapshot().Select(r => JsonSerializer.Serialize(r, EvidenceLog.JsonOptions)));
        text.Should().NotContain(bl.AccessToken!).And.NotContain(ven.AccessToken!).And.NotContain(grid.HarnessVenSecret("harness-ven-1"))
            .And.Contain("<redacted sha256:");
        evidence.Snapshot().Should()
            .Contain(r => r.From == "Ven harness-ven-1" && r.IsRequest("GET", "/events", null), "the caller is named from its bearer token");
    }

    [TestCase("/events", "/events", true)]
    [TestCase("/events?skip=0", "/events", true)]
    [TestCase("/events/42", "/events", true)]
    [TestCase("/eventsX", "/events", false)]
    [TestCase("/programs/1/events", "/events", false)]
    [TestCase("/notifiers/mqtt/topics/vens/1/events", "/vens", false)]
    public void Paths_match_segment_by_segment_from_the_start(string target, string path, bool matches) =>
        Answer("Ven", "GET", target, 200).IsAnswerTo("Ven", "GET", path, 200).Should().Be(matches);

    [Test]
    public void An_answer_is_named_by_role_method_path_and_status()
    {
        var answer = Answer("Ven", "GET", "/events", 200);
        answer.IsAnswerTo("Ven", "GET", "/events").Should().BeTrue("no status asked: any");
        answer.IsAnswerTo("Ven", "GET", "/events", 201).Should().BeFalse();
        answer.IsAnswerTo("BusinessLogic", "GET", "/events", 200).Should().BeFalse();
        answer.IsVtnAnswer("Ven").Should().BeTrue();
        answer.IsAnswerTo(new EvidenceRecord
        {
            Seq = 3,
            Direction = "request",
            From = "Ven",
            To = "Vtn",
            Binding = "openadr3",
            Http = new HttpDetail { Method = "GET", Target = "/events" },
        })
            .Should().BeTrue();
    }

    private static EvidenceRecord Answer(string to, string method, string target, int status) => new()
    {
        Seq = 4,
        Direction = "response",
        From = "Vtn",
        To = to,
        Binding = OpenAdrEvidence.Binding,
        CorrelationId = 3,
        Http = new HttpDetail { Method = method, Target = target, Status = status },
    };

    private static string Jwt(string payload)
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{B64("""{"alg":"HS256"}""")}.{B64(payload)}.signature";
    }
}
