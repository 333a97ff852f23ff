using System.Net;
using System.Text;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// /auth/server and /auth/token: the token endpoint is this VTN itself, so no bearer token is needed here. Clients
/// authenticate with client_id and client_secret in the form (the YAML's clientCredentialRequest) or with HTTP Basic
/// (RFC 6749 2.3.1: the server "MUST support" it; OAuth2 libraries use it by default). Errors are the YAML's problem
/// with RFC 6749 5.2's error and error_description besides.
/// </summary>
internal static class AuthEndpoints
{
    private const string BasicChallenge = "Basic realm=\"VTN\"";

    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Auth");
        group.MapGet("/server", GetAuthServerInfo).WithName("getAuthServerInfo");
        group.MapPost("/token", FetchToken).WithName("fetchToken").ProducesProblems(400, 401)
            .Accepts<ClientCredentialRequest>("application/x-www-form-urlencoded");
        return group;
    }

    internal static Ok<AuthServerInfo> GetAuthServerInfo(HttpRequest request) =>
        TypedResults.Ok(new AuthServerInfo { TokenUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/auth/token" });

    internal static async Task<Results<Ok<TokenResponse>, ProblemResult>> FetchToken(HttpContext context, TokenIssuer tokens)
    {
        if (!context.Request.HasFormContentType)
            return InvalidRequest("body: must be an application/x-www-form-urlencoded clientCredentialRequest");

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var basic = context.Request.Headers.Authorization is { Count: > 0 } authorization ? BasicCredentials(authorization) : null;
        if (basic is { Failure: { } malformed }) return InvalidRequest(malformed);
        if (basic is not null && (form.ContainsKey("client_secret") || (form.ContainsKey("client_id") && form["client_id"] != basic.ClientId)))
            return InvalidRequest("client_id/client_secret: given both in the Authorization header and in the body; use one method (RFC 6749 2.3)");

        var request = new ClientCredentialRequest
        {
            GrantType = form["grant_type"],
            ClientId = basic?.ClientId ?? form["client_id"],
            ClientSecret = basic?.ClientSecret ?? form["client_secret"],
            Scope = form["scope"],
        };
        if (!StringValues.IsNullOrEmpty(form["grant_type"]) && request.GrantType != ClientCredentialRequest.ClientCredentialsGrant)
            return new ProblemResult(400, $"grant_type: '{request.GrantType}' is not supported; this VTN issues client_credentials tokens")
            {
                OAuthError = "unsupported_grant_type",
            };
        var violations = request.Validate();
        if (violations.Count > 0) return InvalidRequest(string.Join("; ", violations));

        var client = tokens.Authenticate(request.ClientId!, request.ClientSecret!);
        if (client is null)
            return new ProblemResult(401, "client_id/client_secret: unknown client or wrong secret.")
            {
                OAuthError = "invalid_client",
                Challenge = BasicChallenge,
            };

        context.User = Caller.Principal(client.ClientId);
        context.Response.Headers.CacheControl = "no-store"; // RFC 6749 5.1
        return TypedResults.Ok(tokens.Issue(client));
    }

    private static ProblemResult InvalidRequest(string detail) => new(400, detail) { OAuthError = "invalid_request" };

    /// <summary>
    /// RFC 6749 2.3.1: "Basic " and base64 of client_id ":" client_secret, each form-url-encoded first. Another scheme
    /// is no client authentication at all (the form's credentials are used).
    /// </summary>
    private static BasicCredential? BasicCredentials(string? header)
    {
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return new BasicCredential(null, null, "Authorization: the Basic credentials are not base64");
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new BasicCredential(null, null, "Authorization: the Basic credentials hold no ':' between client_id and client_secret")
            : new BasicCredential(WebUtility.UrlDecode(decoded[..colon]), WebUtility.UrlDecode(decoded[(colon + 1)..]), null);
    }

    private sealed record BasicCredential(string? ClientId, string? ClientSecret, string? Failure);
}
