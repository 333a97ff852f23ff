using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Reports in SQLite; no unique name (<see cref="ReportStore"/>).</summary>
internal sealed class SqliteReportStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteReportStore> log)
    : SqliteStore<Report>(database, "reports", ObjectTypes.Report, time, log);
