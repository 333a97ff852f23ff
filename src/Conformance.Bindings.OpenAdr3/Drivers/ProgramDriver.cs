using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The programs the business logic posts in a scenario, remembered by the feature's name with what it sent (the run's
/// name on the wire, <see cref="RunNames"/>) and what the VTN answered. One per scenario.
/// </summary>
public sealed class ProgramDriver(GridDomain grid, AnswerTrail trail, ScenarioCancellation cancellation)
{
    private readonly Dictionary<string, (Program Sent, Program Stored)> _programs = [];
    private Program? _latest;

    /// <summary>The program the scenario posted last: the one its capacity events belong to.</summary>
    public Program Latest => _latest ?? throw new InvalidOperationException("no program was posted in this scenario; a step must post one first");

    /// <summary>Posts the program under its name for the run; the VTN must accept it.</summary>
    public async Task<Program> PostAsync(Program program)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var sent = OnTheWire(program);
        var targeted = program.Targets is { } t ? $" targeted at {string.Join(", ", t)}" : "";
        var stored = await VtnAnswers.Accepted(bl.CreateProgramAsync(sent),
            $"the VTN to accept program {grid.Names.Quote(program.ProgramName!)}{targeted}");
        return Remember(program.ProgramName!, sent, stored);
    }

    /// <summary>
    /// The program as an earlier scenario of the run posted it (program names are unique on a VTN, and a Background
    /// posts again in every scenario), or posted now.
    /// </summary>
    public async Task<Program> EnsureAsync(Program program)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var sent = OnTheWire(program);
        var existing = (await Pages.AllAsync((skip, limit) => bl.GetProgramsAsync(skip, limit)))
            .FirstOrDefault(p => p.ProgramName == sent.ProgramName);
        return existing is null ? await PostAsync(program) : Remember(program.ProgramName!, sent, existing);
    }

    /// <summary>
    /// The program as a VEN polls for it (GET /programs, page by page) and reads it by id, judged: both must give it,
    /// with every field the business logic sent (targets aside: target hiding). Returns what it read by id.
    /// </summary>
    public async Task<Program> ReadAsVenAsync(string venName, string programName)
    {
        var (sent, stored) = Find(programName);
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        var (_, byId) = await VenReading.ListAndReadAsync(trail, venName, "programs", sent, stored.Id!,
            $"VEN '{venName}' polling for programs to find program '{programName}' (id {stored.Id}) as the business logic posted it",
            "GET /programs", () => Pages.AllAsync((skip, limit) => ven.GetProgramsAsync(skip, limit)), p => p.Id,
            () => ven.GetProgramAsync(stored.Id!));
        return byId;
    }

    public Program Sent(string programName) => Find(programName).Sent;

    public Program Stored(string programName) => Find(programName).Stored;

    private Program OnTheWire(Program program) => program with { ProgramName = grid.Names.Wire(program.ProgramName!) };

    private Program Remember(string programName, Program sent, Program stored)
    {
        _programs[programName] = (sent, stored);
        return _latest = stored;
    }

    private (Program Sent, Program Stored) Find(string programName) => _programs.TryGetValue(programName, out var p)
        ? p
        : throw new InvalidOperationException($"program '{programName}' was not posted in this scenario; a step must post it first");
}
