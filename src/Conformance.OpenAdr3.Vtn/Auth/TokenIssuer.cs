using System.Security.Cryptography;
using System.Text;
using Conformance.OpenAdr3.Wire;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Checks client credentials and issues/validates HS256 JWTs with a key made per server instance,
/// so tokens of one VTN never work on another. Lifetimes follow the VTN's TimeProvider.
/// </summary>
internal sealed class TokenIssuer
{
    private const string Issuer = "conformance-openadr3-vtn";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly VtnOptions options;
    private readonly SymmetricSecurityKey key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler handler = new();
    private readonly TokenValidationParameters validation;

    public TokenIssuer(VtnOptions options)
    {
        this.options = options;
        validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            IssuerSigningKey = key,
            // The library's own check reads the system clock; the harness may run the VTN on a scaled one.
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires),
        };
    }

    /// <summary>The scopes of a role: the YAML's scope descriptions assign each write scope to BL, VENs or both.</summary>
    public static IReadOnlyList<string> ScopesFor(VtnClientRole role) => role switch
    {
        VtnClientRole.BusinessLogic =>
            [Scopes.ReadAll, Scopes.WritePrograms, Scopes.WriteEvents, Scopes.WriteSubscriptions, Scopes.WriteVens],
        _ => [Scopes.ReadTargets, Scopes.ReadVenObjects, Scopes.WriteReports, Scopes.WriteSubscriptions, Scopes.WriteVens],
    };

    public VtnClientCredential? Authenticate(string clientId, string clientSecret) =>
        options.Clients.FirstOrDefault(c => SameText(c.ClientId, clientId) & SameText(c.ClientSecret, clientSecret));

    public TokenResponse Issue(VtnClientCredential client)
    {
        var now = options.Time.GetUtcNow().UtcDateTime;
        var scope = string.Join(' ', ScopesFor(client.Role));
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = client.ClientId,
                [Caller.ClientIdClaim] = client.ClientId,
                [Caller.ScopeClaim] = scope,
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new TokenResponse { AccessToken = token, TokenType = "Bearer", ExpiresIn = (int)Lifetime.TotalSeconds, Scope = scope };
    }

    public Task<TokenValidationResult> ValidateAsync(string token) => handler.ValidateTokenAsync(token, validation);

    private bool IsCurrent(DateTime? notBefore, DateTime? expires)
    {
        var now = options.Time.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore <= now) && expires is { } end && now < end;
    }

    // Constant time, so a wrong secret's timing says nothing about how much of it was right.
    private static bool SameText(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
