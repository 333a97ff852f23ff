using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// /auth/token as RFC 6749 clients use it: HTTP Basic client authentication (2.3.1, "MUST support"), and error answers
/// that keep the YAML's problem fields and add 5.2's error and error_description.
/// </summary>
public class TokenEndpointTests
{
    private const string OddSecret = "s3cr:t +%&=é";

    [Test]
    public async Task Basic_authentication_with_form_url_encoded_credentials_gets_a_token()
    {
        await using var vtn = await StartAsync();

        using var response = await vtn.NewHttp().SendAsync(TokenRequest(Basic("odd client", OddSecret), Form()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(response)).GetProperty("access_token").GetString().Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task A_wrong_secret_over_basic_is_401_invalid_client_with_a_basic_challenge_and_the_problem_fields()
    {
        await using var vtn = await StartAsync();

        using var response = await vtn.NewHttp().SendAsync(TokenRequest(Basic("odd client", "wrong"), Form()));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Basic");
        var body = await Json(response);
        body.GetProperty("error").GetString().Should().Be("invalid_client");
        body.GetProperty("error_description").GetString().Should().Contain("wrong secret");
        body.GetProperty("status").GetInt32().Should().Be(401);
        body.GetProperty("title").GetString().Should().Be("Unauthorized");
    }

    [Test]
    public async Task Credentials_in_both_the_header_and_the_body_are_invalid_request()
    {
        await using var vtn = await StartAsync();

        using var response = await vtn.NewHttp().SendAsync(TokenRequest(Basic("odd client", OddSecret),
            Form(("client_id", "odd client"), ("client_secret", OddSecret))));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("error").GetString().Should().Be("invalid_request");
    }

    [TestCase("password", 400, "unsupported_grant_type")]
    [TestCase(null, 400, "invalid_request")]
    public async Task Grant_type_errors_carry_their_rfc_6749_code(string? grantType, int status, string error)
    {
        await using var vtn = await StartAsync();
        (string, string)[] fields = grantType is null ? [] : [("grant_type", grantType)];

        using var response = await vtn.NewHttp().SendAsync(TokenRequest(Basic("odd client", OddSecret), new FormUrlEncodedContent(
            fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)))));

        ((int)response.StatusCode).Should().Be(status);
        (await Json(response)).GetProperty("error").GetString().Should().Be(error);
    }

    [Test]
    public async Task A_wrong_secret_in_the_body_is_invalid_client_too()
    {
        await using var vtn = await StartAsync();

        using var response = await vtn.NewHttp().SendAsync(TokenRequest(null,
            Form(("client_id", TestVtn.Bl), ("client_secret", "wrong"))));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Json(response)).GetProperty("error").GetString().Should().Be("invalid_client");
    }

    private static Task<TestVtn> StartAsync() => TestVtn.StartAsync(configure: o => o with
    {
        Clients = [.. o.Clients, new VtnClientCredential("odd client", OddSecret, VtnClientRole.Ven)],
    });

    /// <summary>RFC 6749 2.3.1: each part form-url-encoded, joined by ':', then base64.</summary>
    private static AuthenticationHeaderValue Basic(string clientId, string secret) => new("Basic", Convert.ToBase64String(
        Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] more) =>
        new([KeyValuePair.Create("grant_type", "client_credentials"), .. more.Select(f => KeyValuePair.Create(f.Name, f.Value))]);

    private static HttpRequestMessage TokenRequest(AuthenticationHeaderValue? authorization, HttpContent form) =>
        new(HttpMethod.Post, "auth/token") { Content = form, Headers = { Authorization = authorization } };

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
