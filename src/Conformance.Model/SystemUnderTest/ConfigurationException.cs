namespace Conformance.Model.SystemUnderTest;

/// <summary>Bad configuration input, reported as one line naming the file, the line and the field.</summary>
public sealed class ConfigurationException(string file, int? line, string? field, string problem)
    : Exception(Format(file, line, field, problem))
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string? Field { get; } = field;

    private static string Format(string file, int? line, string? field, string problem) =>
        $"{file}{(line is { } l ? $":{l}" : "")}: {(field is null ? "" : $"field '{field}': ")}{problem}";
}
