namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A clients file that cannot be used. The message says where and why in one line, "path:line: field: problem",
/// ready to show to a person without a stack trace.
/// </summary>
public sealed class VtnClientsFileException : Exception
{
    public VtnClientsFileException(string filePath, int? line, string? field, string problem, Exception? inner = null)
        : base($"{filePath}{(line is null ? "" : $":{line}")}: {(field is null ? "" : $"{field}: ")}{problem}", inner)
    {
        FilePath = filePath;
        Line = line;
        Field = field;
    }

    public string FilePath { get; }

    /// <summary>1-based; null when the file could not be read at all.</summary>
    public int? Line { get; }

    /// <summary>The JSON path of the offending value, e.g. clients[1].role; null for a file-level problem.</summary>
    public string? Field { get; }
}
