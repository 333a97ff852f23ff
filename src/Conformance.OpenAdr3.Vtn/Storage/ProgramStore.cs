using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Programs; "program.programName - must be unique to a VTN instance" (Definition.md, Object names).</summary>
internal sealed class ProgramStore(TimeProvider time, ILogger<ProgramStore> log)
    : MemoryStore<Program>(ObjectTypes.Program, time, log, p => p.ProgramName);
