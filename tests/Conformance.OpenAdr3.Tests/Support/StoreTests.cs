using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// Tests of the <see cref="IObjectStore{T}"/> backends themselves, run once per backend: in memory, and on a SQLite
/// file of the fixture's own that every store of the fixture shares.
/// </summary>
public abstract class StoreTests(VtnStorage storage)
{
    private readonly TempDatabase file = new();
    private SqliteDatabase? database;

    [OneTimeSetUp]
    public async Task OpenDatabase()
    {
        if (storage == VtnStorage.Memory) return;
        database = new SqliteDatabase(file.Path);
        await database.StartingAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void DeleteDatabase()
    {
        database?.Dispose();
        file.Dispose();
    }

    private protected IObjectStore<Program> Programs() => database is null
        ? new ProgramStore(TimeProvider.System, NullLogger<ProgramStore>.Instance)
        : new SqliteProgramStore(database, TimeProvider.System, NullLogger<SqliteProgramStore>.Instance);

    private protected IObjectStore<Wire.Ven> Vens() => database is null
        ? new VenStore(TimeProvider.System, NullLogger<VenStore>.Instance)
        : new SqliteVenStore(database, TimeProvider.System, NullLogger<SqliteVenStore>.Instance);

    private protected IObjectStore<Resource> Resources() => database is null
        ? new ResourceStore(TimeProvider.System, NullLogger<ResourceStore>.Instance)
        : new SqliteResourceStore(database, TimeProvider.System, NullLogger<SqliteResourceStore>.Instance);
}
