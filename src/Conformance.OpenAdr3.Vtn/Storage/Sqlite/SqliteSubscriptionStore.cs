using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Subscriptions in SQLite; no unique name (<see cref="SubscriptionStore"/>).</summary>
internal sealed class SqliteSubscriptionStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteSubscriptionStore> log)
    : SqliteStore<Subscription>(database, "subscriptions", ObjectTypes.Subscription, time, log);
