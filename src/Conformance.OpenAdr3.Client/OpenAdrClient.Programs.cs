using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST programs (createProgram); answers the VTN's program.</summary>
    public Task<Program> CreateProgramAsync(Program program, CancellationToken ct = default) =>
        PostAsync("programs", program, ct);

    /// <summary>GET programs (searchAllPrograms).</summary>
    public Task<IReadOnlyList<Program>> GetProgramsAsync(ProgramSearch search, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Program>>("programs" + Query(("targets", search.Targets), ("skip", search.Skip), ("limit", search.Limit)), ct);

    /// <inheritdoc cref="GetProgramsAsync(ProgramSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Program>> GetProgramsAsync(int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetProgramsAsync(new ProgramSearch { Skip = skip, Limit = limit }, ct);

    /// <inheritdoc cref="GetProgramsAsync(ProgramSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Program>> GetProgramsAsync(CancellationToken ct) => GetProgramsAsync(new ProgramSearch(), ct);

    /// <summary>GET programs/{programID} (searchProgramByProgramId).</summary>
    public Task<Program> GetProgramAsync(string id, CancellationToken ct = default) =>
        GetAsync<Program>(PathOf("programs", id), ct);

    /// <summary>PUT programs/{programID} (updateProgram); answers the updated program.</summary>
    public Task<Program> UpdateProgramAsync(string id, Program program, CancellationToken ct = default) =>
        PutAsync(PathOf("programs", id), program, ct);

    /// <summary>DELETE programs/{programID} (deleteProgram); answers the deleted program.</summary>
    public Task<Program> DeleteProgramAsync(string id, CancellationToken ct = default) =>
        DeleteAsync<Program>(PathOf("programs", id), ct);
}
