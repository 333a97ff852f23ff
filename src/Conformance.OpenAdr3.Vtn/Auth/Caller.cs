using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Who is calling, as the bearer token says: the client id and the scopes granted.</summary>
internal sealed record Caller(string ClientId, IReadOnlySet<string> GrantedScopes)
{
    public const string ClientIdClaim = "client_id";
    public const string ScopeClaim = "scope";

    /// <summary>BL clients hold read_all and see every object (Definition.md, Object Privacy).</summary>
    public bool ReadsAll => GrantedScopes.Contains(Wire.Scopes.ReadAll);

    /// <summary>
    /// Whether the caller may see or change an object whose clientID is <paramref name="ownerClientId"/>: VENs
    /// reach only "objects with matching clientID"; "BL clients are given carte blanche access to all objects"
    /// (Definition.md, Object Privacy). Scopes still decide which operations each may call.
    /// </summary>
    public bool CanAccess(string? ownerClientId) => ReadsAll || ownerClientId == ClientId;

    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult<Caller?>(Of(context));

    /// <summary>
    /// The caller of <paramref name="context"/>: the one its bearer token names (<see cref="BearerAuthenticationHandler"/>), else its principal's.
    /// </summary>
    public static Caller Of(HttpContext context) => context.Features.Get<Caller>() ?? From(context.User);

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClientIdClaim) ?? "",
        user.FindAll(ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet());

    /// <summary>The principal /auth/token leaves on the context, so a recording middleware learns who asked.</summary>
    public static ClaimsPrincipal Principal(string clientId) =>
        new(new ClaimsIdentity([new Claim(ClientIdClaim, clientId)], authenticationType: "client_credentials"));
}
