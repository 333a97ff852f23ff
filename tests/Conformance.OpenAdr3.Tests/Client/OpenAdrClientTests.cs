using System.Net;
using System.Text;
using Conformance.OpenAdr3.Client;

namespace Conformance.OpenAdr3.Tests.ClientTests;

/// <summary>The client against a scripted VTN, for what the reference VTN never does.</summary>
public class OpenAdrClientTests
{
    [Test]
    public async Task Urls_keep_the_base_path_prefix_even_without_a_trailing_slash()
    {
        using var vtn = new ScriptedVtn(_ => (HttpStatusCode.OK, "[]"));
        using var http = new HttpClient(vtn) { BaseAddress = new Uri("http://vtn.test/openadr3/3.1.0") };

        await new OpenAdrClient(http, "token").GetEventsAsync("program 1", ct: CancellationToken.None);

        vtn.Requests.Should().Equal("GET http://vtn.test/openadr3/3.1.0/events?programID=program%201 Bearer token");
    }

    [Test]
    public async Task Connect_falls_back_to_auth_token_when_auth_server_is_missing()
    {
        using var vtn = new ScriptedVtn(request => request.RequestUri!.AbsolutePath switch
        {
            "/auth/token" => (HttpStatusCode.OK, """{"access_token": "t1", "token_type": "Bearer"}"""),
            _ => (HttpStatusCode.NotFound, ""),
        });
        using var http = new HttpClient(vtn) { BaseAddress = new Uri("http://vtn.test/") };

        var client = await OpenAdrClient.ConnectAsync(http, "id", "secret", CancellationToken.None);

        client.AccessToken.Should().Be("t1");
        vtn.Requests.Should().Equal("GET http://vtn.test/auth/server -", "POST http://vtn.test/auth/token -");
    }

    [Test]
    public async Task Non_problem_error_body_still_throws_with_status_and_body()
    {
        using var vtn = new ScriptedVtn(_ => (HttpStatusCode.BadGateway, "upstream down"));
        using var http = new HttpClient(vtn) { BaseAddress = new Uri("http://vtn.test/") };

        var act = () => new OpenAdrClient(http).GetProgramAsync("p1");

        var thrown = (await act.Should().ThrowAsync<ProblemException>()).Which;
        thrown.Problem.Should().BeNull();
        thrown.Message.Should().Contain("GET http://vtn.test/programs/p1").And.Contain("502").And.Contain("upstream down");
    }

    [Test]
    public async Task Search_lists_repeat_their_parameter_and_the_older_positional_calls_still_work()
    {
        using var vtn = new ScriptedVtn(_ => (HttpStatusCode.OK, "[]"));
        using var http = new HttpClient(vtn) { BaseAddress = new Uri("http://vtn.test/") };
        var client = new OpenAdrClient(http);

        await client.GetEventsAsync(new EventSearch { ProgramId = "p1", Targets = ["a b", "c"], Active = true, Limit = 5 });
        await client.GetSubscriptionsAsync(new SubscriptionSearch { Objects = ["EVENT", "PROGRAM"] });
        await client.GetVensAsync("ven-1", null, null, CancellationToken.None);

        vtn.Requests.Should().Equal(
            "GET http://vtn.test/events?programID=p1&targets=a%20b&targets=c&active=true&limit=5 -",
            "GET http://vtn.test/subscriptions?objects=EVENT&objects=PROGRAM -",
            "GET http://vtn.test/vens?venName=ven-1 -");
    }

    [Test]
    public async Task Put_and_delete_address_the_object_by_id()
    {
        using var vtn = new ScriptedVtn(_ => (HttpStatusCode.OK, "{}"));
        using var http = new HttpClient(vtn) { BaseAddress = new Uri("http://vtn.test/") };
        var client = new OpenAdrClient(http);

        await client.UpdateResourceAsync("r 1", new Wire.Resource());
        await client.DeleteSubscriptionAsync("s1");

        vtn.Requests.Should().Equal("PUT http://vtn.test/resources/r%201 -", "DELETE http://vtn.test/subscriptions/s1 -");
    }

    [Test]
    public async Task A_token_answer_with_a_scope_list_is_read_and_the_deviation_heard()
    {
        using var vtn = new ScriptedVtn(_ =>
            (HttpStatusCode.OK, """{"access_token": "t1", "token_type": "Bearer", "scope": ["read_all", "write_vens"]}"""));
        var heard = new List<Conformance.OpenAdr3.Wire.WireDeviation>();
        using var http = new HttpClient(new Observing(heard, vtn)) { BaseAddress = new Uri("http://vtn.test/") };

        var client = await OpenAdrClient.ConnectAsync(http, "id", "secret", CancellationToken.None);

        client.AccessToken.Should().Be("t1");
        heard.Should().ContainSingle().Which.Should().Be(new Conformance.OpenAdr3.Wire.WireDeviation("$.scope",
            "openadr3.yaml clientCredentialResponse.scope: string",
            """the list ["read_all","write_vens"] where a string is expected, read as 'read_all write_vens'"""));
    }

    [Test]
    public async Task A_problem_with_its_status_as_a_string_keeps_its_status()
    {
        using var vtn = new ScriptedVtn(_ => (HttpStatusCode.NotFound, """{"title": "Not Found", "status": "404"}"""));
        var heard = new List<Conformance.OpenAdr3.Wire.WireDeviation>();
        using var http = new HttpClient(new Observing(heard, vtn)) { BaseAddress = new Uri("http://vtn.test/") };

        var refusal = await FluentActions.Awaiting(() => new OpenAdrClient(http).GetVenAsync("v1")).Should().ThrowAsync<ProblemException>();

        refusal.Which.Problem!.Status.Should().Be(404);
        heard.Should().ContainSingle().Which.Path.Should().Be("$.status");
    }

    [Test]
    public async Task An_empty_list_for_an_object_by_id_is_an_unreadable_answer_saying_so()
    {
        using var vtn = new ScriptedVtn(_ => (HttpStatusCode.OK, "[]"));
        using var http = new HttpClient(vtn) { BaseAddress = new Uri("http://vtn.test/") };

        var unreadable = await FluentActions.Awaiting(() => new OpenAdrClient(http).GetVenAsync("v1"))
            .Should().ThrowAsync<UnreadableAnswerException>();

        unreadable.Which.Message.Should().Be("GET http://vtn.test/vens/v1 answered 200 with a body that cannot be read: " +
            "an empty list where an object is expected, read as nothing");
        unreadable.Which.Body.Should().Be("[]");
    }

    /// <summary>Sets the client's deviations observer on each request, as a harness handler does.</summary>
    private sealed class Observing(List<Conformance.OpenAdr3.Wire.WireDeviation> heard, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.Options.Set(OpenAdrClient.DeviationsObserver, heard.AddRange);
            return base.SendAsync(request, ct);
        }
    }

    private sealed class ScriptedVtn(Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add($"{request.Method} {request.RequestUri!.AbsoluteUri} {request.Headers.Authorization?.ToString() ?? "-"}");
            var (status, body) = answer(request);
            return Task.FromResult(new HttpResponseMessage(status)
            {
                RequestMessage = request,
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });
        }
    }
}
