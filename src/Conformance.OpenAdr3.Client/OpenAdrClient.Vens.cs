using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST vens (createVen): a VEN sends objectType VEN_VEN_REQUEST, BL sends BL_VEN_REQUEST.</summary>
    public Task<Ven> CreateVenAsync(Ven ven, CancellationToken ct = default) =>
        PostAsync("vens", ven, ct);

    /// <summary>GET vens (searchVens).</summary>
    public Task<IReadOnlyList<Ven>> GetVensAsync(VenSearch search, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Ven>>("vens" + Query(
            ("venName", search.VenName), ("targets", search.Targets), ("skip", search.Skip), ("limit", search.Limit)), ct);

    /// <inheritdoc cref="GetVensAsync(VenSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Ven>> GetVensAsync(
        string? venName = null, int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetVensAsync(new VenSearch { VenName = venName, Skip = skip, Limit = limit }, ct);

    /// <inheritdoc cref="GetVensAsync(VenSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Ven>> GetVensAsync(CancellationToken ct) => GetVensAsync(new VenSearch(), ct);

    /// <summary>GET vens/{venID} (searchVenByID).</summary>
    public Task<Ven> GetVenAsync(string id, CancellationToken ct = default) =>
        GetAsync<Ven>(PathOf("vens", id), ct);

    /// <summary>PUT vens/{venID} (updateVen): VEN_VEN_REQUEST or BL_VEN_REQUEST, as for create.</summary>
    public Task<Ven> UpdateVenAsync(string id, Ven ven, CancellationToken ct = default) =>
        PutAsync(PathOf("vens", id), ven, ct);

    /// <summary>DELETE vens/{venID} (deleteVen); answers the deleted ven.</summary>
    public Task<Ven> DeleteVenAsync(string id, CancellationToken ct = default) =>
        DeleteAsync<Ven>(PathOf("vens", id), ct);
}
