using System.Text.RegularExpressions;
using Conformance.Bindings.OpenAdr3.Conformity;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// The deviations table of docs/openadr3-deviations.md: each row's first cell is a key in backticks naming
/// exactly what differs from openadr3.yaml; the other cells say what and why. Tests allow a difference only
/// when its key is listed, so the table is the complete list of known departures.
/// </summary>
internal sealed partial class Deviations
{
    private static readonly Lazy<Deviations> Loaded = new(() => Parse(File.ReadAllLines(SpecFiles.Deviations)));

    private readonly HashSet<string> keys;

    private Deviations(IEnumerable<string> keys) => this.keys = keys.ToHashSet(StringComparer.Ordinal);

    public static Deviations Current => Loaded.Value;

    public IReadOnlySet<string> Keys => keys;

    public static Deviations Parse(IEnumerable<string> markdownLines) =>
        new(markdownLines.Select(line => RowKey().Match(line)).Where(m => m.Success).Select(m => m.Groups["key"].Value));

    /// <summary>
    /// A listed difference: `status {operationId} {code}` (the VTN answers a status the operation does not list), `schema
    /// {schema} {json path} {error kind}` (a response schema the spec itself contradicts, for <see cref="AnswerCheck"/>), or
    /// one between the generated document and the YAML (<see cref="OpenApiComparison"/>).
    /// </summary>
    public bool Allows(string key) => keys.Contains(key);

    [GeneratedRegex(@"^\|\s*`(?<key>[^`]+)`\s*\|")]
    private static partial Regex RowKey();
}
