using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Turns "Authorization: Bearer &lt;jwt&gt;" into a principal carrying client_id and scope claims, and leaves the
/// token's <see cref="Caller"/> on the request (<see cref="Caller.Of"/>), so it is not read from the claims again.
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenIssuer tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();

        var bearer = header.AsSpan(Prefix.Length).Trim();
        var token = tokens.Recall(bearer);
        if (token is null)
        {
            (token, var failure) = await tokens.ValidateAsync(bearer.ToString());
            if (token is null) return AuthenticateResult.Fail(failure!);
        }
        Context.Features.Set(token.Caller);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(token.Identity), SchemeName));
    }
}
