using System.Text.Json;
using Conformance.OpenAdr3.Wire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The SQLite <see cref="IObjectStore{T}"/>: one table per entity (<see cref="SqliteSchema"/>) holding each object's
/// wire JSON. Each entity's store fills the columns its table's indexes cover: the unique ones, so the database
/// itself refuses a taken name, atomically, whoever else writes the file, and those of its <see cref="StoreKey{T}"/>s.
/// </summary>
internal abstract class SqliteStore<T>(SqliteDatabase database, string table, string objectType, TimeProvider time, ILogger log)
    : IObjectStore<T> where T : ObjectMetadata
{
    /// <summary>
    /// SQLITE_CONSTRAINT: the write would put a second row under one key of a unique index, since the tables' other
    /// constraints (id and json NOT NULL) always hold. Not the extended code SQLITE_CONSTRAINT_UNIQUE: the driver
    /// reads that from the connection after the failure, and a stress run once got a constraint error whose message
    /// there had already become "not an error".
    /// </summary>
    private const int ConstraintViolation = 19;

    public T? Find(string id)
    {
        using var connection = database.Open();
        return Find(connection, id);
    }

    public IReadOnlyList<T> All()
    {
        using var connection = database.Open();
        return Read(connection.Command($"SELECT json FROM {table} ORDER BY seq"));
    }

    public IReadOnlyList<T> FindBy(StoreKey<T> key, string value)
    {
        using var connection = database.Open();
        return Read(connection.Command($"SELECT json FROM {table} WHERE {key.Column} = $value ORDER BY seq", ("$value", value)));
    }

    public StoreResult<T> Create(T request)
    {
        var created = Metadata.Stamp(request, objectType, time);
        var columns = Columns(created);
        var names = string.Concat(columns.Select(c => $", {c.Column}"));
        var values = string.Concat(columns.Select(c => $", ${c.Column}"));
        using var connection = database.Open();
        if (!TryWrite(connection, $"INSERT INTO {table} (id, json{names}) VALUES ($id, $json{values})", created))
            return StoreResult<T>.Conflict;
        log.LogInformation("Created {ObjectType} {Id}", objectType, created.Id);
        return StoreResult<T>.Done(created);
    }

    public StoreResult<T> Update(string id, Func<T, T> update)
    {
        using var connection = database.Open();
        // IMMEDIATE (deferred: false) takes the write lock before the read: no other writer, in this process or
        // another, can change the object between the read and the write, so no update is lost.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (Find(connection, id) is not { } stored) return StoreResult<T>.NotFound;
        var replacement = Metadata.Restamp(update(stored), stored, time);
        var assignments = string.Concat(Columns(replacement).Select(c => $", {c.Column} = ${c.Column}"));
        if (!TryWrite(connection, $"UPDATE {table} SET json = $json{assignments} WHERE id = $id", replacement))
            return StoreResult<T>.Conflict;
        transaction.Commit();
        log.LogInformation("Updated {ObjectType} {Id}", objectType, id);
        return StoreResult<T>.Done(replacement);
    }

    public T? Delete(string id)
    {
        using var connection = database.Open();
        var deleted = Read(connection.Command($"DELETE FROM {table} WHERE id = $id RETURNING json", ("$id", id))).SingleOrDefault();
        if (deleted is not null) log.LogInformation("Deleted {ObjectType} {Id}", objectType, id);
        return deleted;
    }

    /// <summary>The columns besides id and json that hold parts of <paramref name="value"/>: those an index covers.</summary>
    protected virtual IReadOnlyList<(string Column, object? Value)> Columns(T value) => [];

    private T? Find(SqliteConnection connection, string id) =>
        Read(connection.Command($"SELECT json FROM {table} WHERE id = $id", ("$id", id))).SingleOrDefault();

    /// <summary>Writes <paramref name="value"/> by <paramref name="sql"/>; false when a unique index refuses it.</summary>
    private bool TryWrite(SqliteConnection connection, string sql, T value)
    {
        var parameters = Columns(value).Select(c => ($"${c.Column}", c.Value))
            .Prepend(("$json", JsonSerializer.Serialize(value, OpenAdrJson.Options)))
            .Prepend(("$id", value.Id));
        try
        {
            connection.Execute(sql, parameters);
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == ConstraintViolation)
        {
            return false;
        }
    }

    private static List<T> Read(SqliteCommand command)
    {
        using (command)
        using (var reader = command.ExecuteReader())
        {
            var objects = new List<T>();
            while (reader.Read()) objects.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), OpenAdrJson.Options)!);
            return objects;
        }
    }
}
