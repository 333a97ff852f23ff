using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Programs; "program.programName - must be unique to a VTN instance" (Definition.md, Object names).</summary>
internal sealed class ProgramStore(TimeProvider time, ILogger<ProgramStore> log)
    : MemoryStore<Program>(ObjectTypes.Program, time, log)
{
    protected override bool Conflicts(Program existing, Program candidate) => existing.ProgramName == candidate.ProgramName;
}
