using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Programs in SQLite; programName is unique to the VTN (<see cref="ProgramStore"/>).</summary>
internal sealed class SqliteProgramStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteProgramStore> log)
    : SqliteStore<Program>(database, "programs", ObjectTypes.Program, time, log)
{
    protected override IReadOnlyList<(string Column, object? Value)> Columns(Program program) => [("program_name", program.ProgramName)];
}
