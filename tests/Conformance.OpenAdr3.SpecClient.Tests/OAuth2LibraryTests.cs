using System.Net;
using Conformance.OpenAdr3.SpecClient.Tests.Support;
using Duende.IdentityModel.Client;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>
/// /auth/token driven by an OAuth2 client library nobody here wrote (Duende.IdentityModel), in its default flow: HTTP
/// Basic client authentication (RFC 6749 2.3.1) and RFC 6749 5.2 error answers.
/// </summary>
internal sealed class OAuth2LibraryTests : SpecVtnFixture
{
    [Test]
    public async Task The_librarys_default_client_credentials_flow_gets_a_token_that_the_vtn_takes()
    {
        using var http = new HttpClient();

        var token = await http.RequestClientCredentialsTokenAsync(Request(SpecVtn.SecretOf(SpecVtn.Bl)));
        using var programs = new HttpRequestMessage(HttpMethod.Get, $"{vtn.BaseUrl}/programs");
        programs.SetBearerToken(token.AccessToken!);
        using var answer = await http.SendAsync(programs);

        token.IsError.Should().BeFalse(token.Error);
        token.TokenType.Should().Be("Bearer");
        token.ExpiresIn.Should().Be(3600);
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>
    /// RFC 6749 5.2: a client that authenticated with the Authorization header gets 401 ("MUST"), with invalid_client in
    /// the body. The library reports a status other than 400 as an HTTP error, whose Error is the reason phrase; the
    /// RFC's code is in the body it parsed.
    /// </summary>
    [Test]
    public async Task A_wrong_secret_is_an_invalid_client_error_to_the_library_not_a_token()
    {
        using var http = new HttpClient();

        var token = await http.RequestClientCredentialsTokenAsync(Request("not-the-secret"));

        token.IsError.Should().BeTrue();
        token.AccessToken.Should().BeNull();
        token.HttpStatusCode.Should().Be(HttpStatusCode.Unauthorized);
        token.TryGet("error").Should().Be("invalid_client");
        token.TryGet("error_description").Should().StartWith("client_id/client_secret");
    }

    [Test]
    public async Task Credentials_in_the_body_work_too()
    {
        using var http = new HttpClient();

        var request = Request(SpecVtn.SecretOf(SpecVtn.Bl));
        request.ClientCredentialStyle = ClientCredentialStyle.PostBody;

        var token = await http.RequestClientCredentialsTokenAsync(request);

        token.IsError.Should().BeFalse(token.Error);
    }

    // The library's default ClientCredentialStyle is AuthorizationHeader (HTTP Basic).
    private ClientCredentialsTokenRequest Request(string secret) => new()
    {
        Address = $"{vtn.BaseUrl}/auth/token",
        ClientId = SpecVtn.Bl,
        ClientSecret = secret,
    };
}
