using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A field a store finds objects by without reading the others (<see cref="IObjectStore{T}.FindBy"/>): the
/// in-memory store keeps an index of it, the SQLite store a column named <see cref="Column"/> with an index.
/// </summary>
internal sealed class StoreKey<T>(string column, Func<T, string?> of)
{
    /// <summary>The SQLite column that holds the field.</summary>
    public string Column => column;

    /// <summary>The field's value in <paramref name="value"/>; null when it has none, which no lookup finds.</summary>
    public string? Of(T value) => of(value);

    public override string ToString() => column;
}

/// <summary>The lookups the VTN makes on every poll: the ven objects of a client and the resources of a ven (<see cref="TargetGrants"/>).</summary>
internal static class StoreKeys
{
    public static readonly StoreKey<Ven> VenClientId = new("client_id", v => v.ClientId);

    public static readonly StoreKey<Resource> ResourceVenId = new("ven_id", r => r.VenId);
}
