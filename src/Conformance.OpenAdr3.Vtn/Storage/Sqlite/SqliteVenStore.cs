using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Vens in SQLite; venName is unique to the VTN (<see cref="VenStore"/>); found by clientID (<see cref="StoreKeys.VenClientId"/>).</summary>
internal sealed class SqliteVenStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteVenStore> log)
    : SqliteStore<Ven>(database, "vens", ObjectTypes.Ven, time, log)
{
    protected override IReadOnlyList<(string Column, object? Value)> Columns(Ven ven) =>
        [("ven_name", ven.VenName), (StoreKeys.VenClientId.Column, StoreKeys.VenClientId.Of(ven))];
}
