using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The SQLite file that keeps the VTN's objects. Its schema is brought to the current version before the server
/// listens (StartingAsync runs before any hosted service starts, Kestrel included), so a file that cannot be used
/// fails the start rather than the first request; disposing it closes the file's pooled connections.
/// </summary>
internal sealed class SqliteDatabase(string path) : IHostedLifecycleService, IDisposable
{
    /// <summary>How long a writer waits for another writer's transaction before it fails.</summary>
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    /// <summary>An open connection; dispose it after each operation, which returns it to the pool.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Both settings belong to the connection, not to the file. NORMAL is safe in WAL mode: a commit survives
        // a crash or restart of the process; only an OS crash or power cut may lose the last commits.
        connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        using var connection = Open();
        SqliteSchema.Migrate(connection, path);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
