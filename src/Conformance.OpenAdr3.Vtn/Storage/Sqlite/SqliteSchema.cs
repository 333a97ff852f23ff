using Microsoft.Data.Sqlite;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The VTN's tables, versioned by PRAGMA user_version (0 in a new file): migration i takes a file from version i
/// to i + 1, so a later change appends a migration, never edits one, and older files are brought forward on start.
/// </summary>
internal static class SqliteSchema
{
    // Each table holds an object's wire JSON, plus the columns its indexes cover: unique names (Definition.md, Object
    // names) and the fields a store finds objects by (StoreKeys). seq, an alias of the rowid, keeps the insertion
    // order that lists and paging use; VACUUM may renumber a bare rowid, but not one declared INTEGER PRIMARY KEY.
    // NULLs never collide in a unique index, as an absent name never collides in the in-memory store's rule, since
    // the endpoints require every one of these names.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE programs (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL, program_name TEXT UNIQUE);
        CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
        CREATE TABLE reports (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
        CREATE TABLE subscriptions (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
        CREATE TABLE vens (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL, ven_name TEXT UNIQUE);
        CREATE TABLE resources (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL,
            ven_id TEXT, resource_name TEXT, UNIQUE (ven_id, resource_name));
        """,
        // Version 2: a poll finds the ven objects of its client by an index (StoreKeys), filled from the stored JSON.
        // resources(ven_id) needs none: the unique index on (ven_id, resource_name) serves a lookup by ven_id.
        """
        ALTER TABLE vens ADD COLUMN client_id TEXT;
        UPDATE vens SET client_id = json_extract(json, '$.clientID');
        CREATE INDEX vens_client_id ON vens (client_id);
        """,
    ];

    /// <summary>The schema version this VTN writes.</summary>
    public static int Version => Migrations.Length;

    public static void Migrate(SqliteConnection connection, string path)
    {
        // WAL lets readers go on while a writer commits. The mode is kept in the file and cannot change inside a
        // transaction.
        connection.Execute("PRAGMA journal_mode = WAL;");
        // IMMEDIATE (deferred: false) takes the write lock first: of two VTNs starting on one new file, one migrates
        // and the other then finds the current version.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var read = connection.Command("PRAGMA user_version;");
        var version = Convert.ToInt32(read.ExecuteScalar());
        if (version > Version)
            throw new InvalidOperationException(
                $"{path}: schema version {version} was written by a newer VTN; this one knows versions up to {Version}.");
        foreach (var migration in Migrations.Skip(version)) connection.Execute(migration);
        connection.Execute($"PRAGMA user_version = {Version};");
        transaction.Commit();
    }
}
