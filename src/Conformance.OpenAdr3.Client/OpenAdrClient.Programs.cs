using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST programs (createProgram); answers the VTN's program.</summary>
    public Task<Program> CreateProgramAsync(Program program, CancellationToken ct = default) =>
        PostAsync("programs", program, ct);

    /// <summary>GET programs (searchAllPrograms).</summary>
    public Task<IReadOnlyList<Program>> GetProgramsAsync(int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Program>>("programs" + Query(("skip", skip), ("limit", limit)), ct);

    /// <inheritdoc cref="GetProgramsAsync(int?, int?, CancellationToken)"/>
    public Task<IReadOnlyList<Program>> GetProgramsAsync(CancellationToken ct) => GetProgramsAsync(null, null, ct);

    /// <summary>GET programs/{programID} (searchProgramByProgramId).</summary>
    public Task<Program> GetProgramAsync(string id, CancellationToken ct = default) =>
        GetAsync<Program>($"programs/{Uri.EscapeDataString(id)}", ct);
}
