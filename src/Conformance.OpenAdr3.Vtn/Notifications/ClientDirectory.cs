using System.Collections.Frozen;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Who a clientID is when the VTN notifies it without a request, and so without a token: the role of the
/// configured client decides its scopes, as its tokens would (<see cref="TokenIssuer.ScopesFor"/>).
/// </summary>
internal sealed class ClientDirectory(VtnOptions options)
{
    /// <summary>Each configured client id's first entry: a fan-out asks once per subscription, so by lookup, not by scan.</summary>
    private readonly FrozenDictionary<string, Caller> callers = options.Clients
        .DistinctBy(c => c.ClientId, StringComparer.Ordinal)
        .ToFrozenDictionary(c => c.ClientId, c => As(c.ClientId, c.Role), StringComparer.Ordinal);

    /// <summary>The configured client <paramref name="clientId"/>; null for an unknown one, which is told nothing.</summary>
    public Caller? CallerOf(string? clientId) => clientId is not null && callers.TryGetValue(clientId, out var caller) ? caller : null;

    /// <summary>The VEN named by a ven object's clientID, whether or not it is configured here.</summary>
    public static Caller Ven(string clientId) => As(clientId, VtnClientRole.Ven);

    private static Caller As(string clientId, VtnClientRole role) => new(clientId, TokenIssuer.ScopeSetFor(role));
}
