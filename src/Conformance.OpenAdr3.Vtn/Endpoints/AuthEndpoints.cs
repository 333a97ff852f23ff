using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>/auth/server and /auth/token: the token endpoint is this VTN itself, so no bearer token is needed here.</summary>
internal static class AuthEndpoints
{
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
            return ProblemResult.BadRequest("body: must be an application/x-www-form-urlencoded clientCredentialRequest");

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new ClientCredentialRequest
        {
            GrantType = form["grant_type"],
            ClientId = form["client_id"],
            ClientSecret = form["client_secret"],
            Scope = form["scope"],
        };
        var violations = request.Validate();
        if (violations.Count > 0) return ProblemResult.BadRequest(violations);

        var client = tokens.Authenticate(request.ClientId!, request.ClientSecret!);
        if (client is null) return ProblemResult.Unauthorized("client_id/client_secret: unknown client or wrong secret.");

        context.User = Caller.Principal(client.ClientId);
        context.Response.Headers.CacheControl = "no-store"; // RFC 6749 5.1
        return TypedResults.Ok(tokens.Issue(client));
    }
}
