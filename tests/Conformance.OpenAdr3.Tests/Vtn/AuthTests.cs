using System.Net;
using System.Security.Claims;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.OpenAdr3.Tests.VtnTests;

public class AuthTests
{
    [Test]
    public async Task Auth_server_names_the_token_endpoint()
    {
        await using var vtn = await TestVtn.StartAsync();

        var info = await new OpenAdrClient(vtn.NewHttp()).GetAuthServerAsync(CancellationToken.None);

        info.TokenUrl.Should().Be(new Uri(vtn.Server.BaseAddress, "auth/token").AbsoluteUri);
    }

    [Test]
    public async Task Token_is_issued_with_the_scopes_of_the_role()
    {
        await using var vtn = await TestVtn.StartAsync();
        var client = new OpenAdrClient(vtn.NewHttp());
        var tokenUrl = new Uri(vtn.Server.BaseAddress, "auth/token");

        var token = await client.FetchTokenAsync(tokenUrl, Credentials(TestVtn.Ven), CancellationToken.None);

        token.TokenType.Should().Be("Bearer");
        token.AccessToken.Should().NotBeNullOrEmpty();
        token.ExpiresIn.Should().Be(3600);
        token.Scope!.Split(' ').Should().BeEquivalentTo(
            "read_targets", "read_ven_objects", "write_reports", "write_subscriptions", "write_vens");
    }

    [Test]
    public async Task Unknown_client_gets_401_problem()
    {
        await using var vtn = await TestVtn.StartAsync();

        var act = () => OpenAdrClient.ConnectAsync(vtn.NewHttp(), "nobody", "guess", CancellationToken.None);

        var problem = (await act.Should().ThrowAsync<ProblemException>()).Which;
        problem.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        problem.Problem!.Status.Should().Be(401);
    }

    [Test]
    public async Task Token_request_without_grant_type_is_400_naming_the_field()
    {
        await using var vtn = await TestVtn.StartAsync();
        var client = new OpenAdrClient(vtn.NewHttp());

        var act = () => client.FetchTokenAsync(
            new Uri(vtn.Server.BaseAddress, "auth/token"), Credentials(TestVtn.Bl) with { GrantType = null }, CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.Problem!.Detail.Should().Contain("grant_type");
    }

    [Test]
    public async Task Expired_token_is_rejected_and_the_client_fetches_a_new_one()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var vtn = await TestVtn.StartAsync(time);
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var stale = new OpenAdrClient(vtn.NewHttp(), bl.AccessToken);
        time.Advance(TimeSpan.FromHours(1));

        var act = () => stale.GetProgramsAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await bl.GetProgramsAsync(CancellationToken.None);
        bl.AccessToken.Should().NotBe(stale.AccessToken);
    }

    [Test]
    public async Task A_token_that_passed_before_is_rejected_once_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var vtn = await TestVtn.StartAsync(time);
        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        var used = new OpenAdrClient(vtn.NewHttp(), bl.AccessToken);
        await used.GetProgramsAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(59));
        await used.GetProgramsAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(1));
        var act = () => used.GetProgramsAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Pipeline_hook_sees_the_client_id_of_every_caller()
    {
        var seen = new List<string>();
        await using var vtn = await TestVtn.StartAsync(pipeline: app => app.Use(async (context, next) =>
        {
            await next(context);
            lock (seen) seen.Add($"{context.Request.Path} {context.User.FindFirstValue("client_id")}");
        }));

        var bl = await vtn.ConnectAsync(TestVtn.Bl);
        await bl.GetProgramsAsync(CancellationToken.None);

        seen.Should().Contain(["/auth/token bl-client", "/programs bl-client"]);
    }

    private static ClientCredentialRequest Credentials(string clientId) => new()
    {
        GrantType = ClientCredentialRequest.ClientCredentialsGrant,
        ClientId = clientId,
        ClientSecret = TestVtn.SecretOf(clientId),
    };
}
