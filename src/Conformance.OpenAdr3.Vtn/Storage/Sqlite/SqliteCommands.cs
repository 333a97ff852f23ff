using Microsoft.Data.Sqlite;

namespace Conformance.OpenAdr3.Vtn;

internal static class SqliteCommands
{
    /// <summary>A command on <paramref name="connection"/>, in its open transaction if there is one.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static int Execute(this SqliteConnection connection, string sql, params IEnumerable<(string Name, object? Value)> parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }
}
