namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Who a clientID is when the VTN notifies it without a request, and so without a token: the role of the
/// configured client decides its scopes, as its tokens would (<see cref="TokenIssuer.ScopesFor"/>).
/// </summary>
internal sealed class ClientDirectory(VtnOptions options)
{
    /// <summary>The configured client <paramref name="clientId"/>; null for an unknown one, which is told nothing.</summary>
    public Caller? CallerOf(string? clientId) =>
        options.Clients.FirstOrDefault(c => c.ClientId == clientId) is { } client ? As(client.ClientId, client.Role) : null;

    /// <summary>The VEN named by a ven object's clientID, whether or not it is configured here.</summary>
    public static Caller Ven(string clientId) => As(clientId, VtnClientRole.Ven);

    private static Caller As(string clientId, VtnClientRole role) => new(clientId, TokenIssuer.ScopesFor(role).ToHashSet());
}
