using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Events in SQLite; no unique name (<see cref="EventStore"/>).</summary>
internal sealed class SqliteEventStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteEventStore> log)
    : SqliteStore<Event>(database, "events", ObjectTypes.Event, time, log);
