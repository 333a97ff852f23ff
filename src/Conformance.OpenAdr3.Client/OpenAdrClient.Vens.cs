using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST vens (createVen): a VEN sends objectType VEN_VEN_REQUEST, BL sends BL_VEN_REQUEST.</summary>
    public Task<Ven> CreateVenAsync(Ven ven, CancellationToken ct = default) =>
        PostAsync("vens", ven, ct);

    /// <summary>GET vens (searchVens), optionally by venName.</summary>
    public Task<IReadOnlyList<Ven>> GetVensAsync(
        string? venName = null, int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Ven>>("vens" + Query(("venName", venName), ("skip", skip), ("limit", limit)), ct);

    /// <inheritdoc cref="GetVensAsync(string?, int?, int?, CancellationToken)"/>
    public Task<IReadOnlyList<Ven>> GetVensAsync(CancellationToken ct) => GetVensAsync(null, null, null, ct);

    /// <summary>GET vens/{venID} (searchVenByID).</summary>
    public Task<Ven> GetVenAsync(string id, CancellationToken ct = default) =>
        GetAsync<Ven>($"vens/{Uri.EscapeDataString(id)}", ct);
}
