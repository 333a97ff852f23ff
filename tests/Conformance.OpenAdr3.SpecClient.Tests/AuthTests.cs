using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>/auth/server and /auth/token as the YAML declares them, read by the generated client.</summary>
internal sealed class AuthTests : SpecVtnFixture
{
    [Test]
    public async Task The_token_url_the_vtn_names_issues_a_bearer_token_for_the_form_body()
    {
        var anonymous = vtn.Anonymous();
        var server = await anonymous.Auth.Server.GetAsync();

        var token = await anonymous.Auth.Token.WithUrl(server!.TokenURL!).PostAsync(new ClientCredentialRequest
        {
            GrantType = ClientCredentialRequest_grant_type.Client_credentials,
            ClientId = SpecVtn.Ven,
            ClientSecret = SpecVtn.SecretOf(SpecVtn.Ven),
        });

        server.TokenURL.Should().Be($"{vtn.BaseUrl}/auth/token");
        token!.AccessToken.Should().NotBeNullOrEmpty();
        token.TokenType.Should().Be(ClientCredentialResponse_token_type.Bearer);
        token.ExpiresIn.Should().Be(3600);
    }

    [Test]
    public async Task A_wrong_secret_is_a_401_problem()
    {
        var stranger = vtn.Connect(SpecVtn.Ven, secret: "not-the-secret");

        var problem = (await stranger.Programs.Invoking(p => p.GetAsync()).Should().ThrowAsync<Problem>()).Which;

        problem.ResponseStatusCode.Should().Be(401);
        problem.Status.Should().Be(401);
        problem.Title.Should().NotBeNullOrEmpty();
        problem.Detail.Should().StartWith("client_id/client_secret");
        problem.Instance.Should().StartWith("urn:uuid:");
    }

    [Test]
    public async Task A_request_without_a_token_is_a_401_problem()
    {
        var problem = (await vtn.Anonymous().Programs.Invoking(p => p.GetAsync()).Should().ThrowAsync<Problem>()).Which;

        problem.ResponseStatusCode.Should().Be(401);
        problem.Status.Should().Be(401);
        problem.Title.Should().NotBeNullOrEmpty();
        problem.Detail.Should().NotBeNullOrEmpty();
    }
}
