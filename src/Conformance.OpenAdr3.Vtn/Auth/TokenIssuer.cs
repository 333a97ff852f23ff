using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Conformance.OpenAdr3.Wire;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Checks client credentials and issues/validates HS256 JWTs with a key made per server instance (unless
/// <see cref="VtnOptions.TokenSigningKey"/> gives one), so tokens of one VTN never work on another. Lifetimes follow
/// the VTN's TimeProvider. A token that passed is remembered until it expires, so a VEN polling with it is not checked
/// afresh on every poll: a token's signature, issuer and claims never change, only whether it is current, which every
/// use checks again.
/// </summary>
internal sealed class TokenIssuer
{
    private const string Issuer = "conformance-openadr3-vtn";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Each role's scope claim value, with its scopes as a set.</summary>
    private static readonly Dictionary<string, IReadOnlySet<string>> RoleScopes = Enum.GetValues<VtnClientRole>()
        .Select(ScopesFor).DistinctBy(scopes => string.Join(' ', scopes))
        .ToDictionary(scopes => string.Join(' ', scopes), scopes => (IReadOnlySet<string>)scopes.ToHashSet());

    /// <summary>Tokens remembered at least; more with more clients (<see cref="PassedPerClient"/> each).</summary>
    private const int MinPassed = 1024;
    private const int PassedPerClient = 4;

    private readonly VtnOptions options;
    private readonly SymmetricSecurityKey key;
    private readonly JsonWebTokenHandler handler = new();
    private readonly TokenValidationParameters validation;
    private readonly ConcurrentDictionary<string, ValidToken> passed = new(StringComparer.Ordinal);
    private readonly int passedCapacity;
    private readonly FrozenDictionary<string, VtnClientCredential[]> clientsById;

    public TokenIssuer(VtnOptions options)
    {
        this.options = options;
        if (options.TokenSigningKey is { Length: < 32 })
            throw new ArgumentException("VtnOptions.TokenSigningKey must hold at least 32 bytes (HS256)", nameof(options));
        key = new SymmetricSecurityKey(options.TokenSigningKey ?? RandomNumberGenerator.GetBytes(32));
        clientsById = options.Clients.GroupBy(c => c.ClientId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        passedCapacity = Math.Max(MinPassed, PassedPerClient * options.Clients.Count);
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

    /// <summary>A role's scopes as a set, made once and shared by every caller of the role.</summary>
    public static IReadOnlySet<string> ScopeSetFor(VtnClientRole role) => RoleScopes[string.Join(' ', ScopesFor(role))];

    /// <summary>
    /// The configured client with this id and secret: found by id (ids are not secrets), the secret compared in
    /// constant time. Several entries may share an id in <see cref="VtnOptions.Clients"/>; the first that matches wins.
    /// </summary>
    public VtnClientCredential? Authenticate(string clientId, string clientSecret) =>
        clientsById.TryGetValue(clientId, out var candidates) ? candidates.FirstOrDefault(c => SameText(c.ClientSecret, clientSecret)) : null;

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

    /// <summary>
    /// The token's identity and caller when it passed before and is still current. Read from the request's header
    /// as it is, so a poll does not copy its token into a string of its own.
    /// </summary>
    public ValidToken? Recall(ReadOnlySpan<char> token) =>
        passed.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var known) && IsCurrent(known.NotBefore, known.Expires) ? known : null;

    /// <summary>The token's identity and caller when it is valid and current; else why it is not.</summary>
    public async ValueTask<(ValidToken? Token, string? Failure)> ValidateAsync(string token)
    {
        if (passed.TryGetValue(token, out var known))
        {
            if (IsCurrent(known.NotBefore, known.Expires)) return (known, null);
            passed.TryRemove(token, out _);
        }

        // An expired token goes through the full check too, so its failure names the reason as before.
        var result = await handler.ValidateTokenAsync(token, validation);
        if (!result.IsValid) return (null, result.Exception?.Message ?? "The token is not valid.");
        var jwt = result.SecurityToken;
        var identity = Compact(result.ClaimsIdentity);
        var caller = Caller.From(new ClaimsPrincipal(identity));
        // Tokens carry their role's scopes (Issue): share that role's set rather than keep a copy per token.
        if (RoleScopes.TryGetValue(string.Join(' ', caller.GrantedScopes), out var scopes)) caller = caller with { GrantedScopes = scopes };
        var valid = new ValidToken(
            identity,
            caller,
            jwt.ValidFrom == DateTime.MinValue ? null : jwt.ValidFrom,
            jwt.ValidTo);
        Remember(token, valid);
        return (valid, null);
    }

    private bool IsCurrent(DateTime? notBefore, DateTime? expires)
    {
        var now = options.Time.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore <= now) && expires is { } end && now < end;
    }

    /// <summary>
    /// The identity's claims without what the library hangs on it (the parsed token, its claim sets), which would
    /// cost kilobytes per remembered token. Strings every token holds alike (claim types, the issuer, a role's
    /// scopes) are kept once.
    /// </summary>
    private static ClaimsIdentity Compact(ClaimsIdentity identity) => new CaseSensitiveClaimsIdentity(
        identity.Claims.Select(c => new Claim(Shared(c.Type), Shared(c.Value), Shared(c.ValueType), Shared(c.Issuer), Shared(c.OriginalIssuer))),
        identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);

    private static string Shared(string text) =>
        text == Issuer ? Issuer : RoleScopes.Keys.FirstOrDefault(scope => scope == text) ?? string.IsInterned(text) ?? text;

    /// <summary>Bounded: when full, expired tokens go first, and if that frees nothing, all (they are checked again on use).</summary>
    private void Remember(string token, ValidToken valid)
    {
        if (passed.Count >= passedCapacity)
        {
            foreach (var (key, entry) in passed)
                if (!IsCurrent(entry.NotBefore, entry.Expires)) passed.TryRemove(key, out _);
            if (passed.Count >= passedCapacity) passed.Clear();
        }
        passed[token] = valid;
    }

    // Constant time, so a wrong secret's timing says nothing about how much of it was right.
    private static bool SameText(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}

/// <summary>A bearer token that passed validation: its claims, its caller, and when it is current.</summary>
internal sealed record ValidToken(ClaimsIdentity Identity, Caller Caller, DateTime? NotBefore, DateTime Expires);
