using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

internal sealed class ProgramStore(TimeProvider time, ILogger<ProgramStore> log)
{
    private readonly Table<Program> table = new();

    /// <summary>Null when the programName is taken: it "must be unique to a VTN instance" (Definition.md).</summary>
    public Program? TryCreate(Program request)
    {
        var program = Metadata.Stamp(request, ObjectTypes.Program, time);
        if (!table.TryAdd(program, p => p.ProgramName == program.ProgramName)) return null;
        log.LogInformation("Created program {Id} '{Name}'", program.Id, program.ProgramName);
        return program;
    }

    public Program? Find(string id) => table.Find(p => p.Id == id);

    public IReadOnlyList<Program> Where(Func<Program, bool> predicate) => table.Where(predicate);
}
