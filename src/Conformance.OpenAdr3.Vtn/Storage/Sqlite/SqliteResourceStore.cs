using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Resources in SQLite; resourceName is unique within its ven (<see cref="ResourceStore"/>).</summary>
internal sealed class SqliteResourceStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteResourceStore> log)
    : SqliteStore<Resource>(database, "resources", ObjectTypes.Resource, time, log)
{
    protected override IReadOnlyList<(string Column, object? Value)> Columns(Resource resource) =>
        [("ven_id", resource.VenId), ("resource_name", resource.ResourceName)];
}
