using NSwag;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>
/// openadr3.yaml (copied beside the binding at build), and the operation a request is answered by. Parsed once per
/// process and never changed afterwards: runs share the document, never anything they write.
/// </summary>
public sealed class OpenAdrSpec
{
    private static readonly Lazy<Task<OpenAdrSpec>> Shipped = new(() => LoadAsync(ShippedYaml));

    private readonly IReadOnlyList<SpecOperation> _operations;

    private OpenAdrSpec(OpenApiDocument document)
    {
        Document = document;
        _operations = document.Paths
            .SelectMany(path => path.Value.Select(op => new SpecOperation(op.Key.ToUpperInvariant(), path.Key, op.Value)))
            .ToList();
    }

    /// <summary>The copy of specs/openadr3/3.1.0/openadr3.yaml in the binding's folder.</summary>
    public static string ShippedYaml =>
        Path.Combine(Path.GetDirectoryName(typeof(OpenAdrSpec).Assembly.Location)!, "specs", "openadr3", "3.1.0", "openadr3.yaml");

    public OpenApiDocument Document { get; }

    /// <summary>The YAML the binding ships.</summary>
    public static Task<OpenAdrSpec> LoadAsync() => Shipped.Value;

    public static async Task<OpenAdrSpec> LoadAsync(string yaml) => new(await OpenApiYamlDocument.FromFileAsync(yaml));

    /// <summary>
    /// The operation for <paramref name="method"/> on <paramref name="path"/> (relative to the VTN's base, no
    /// query), or null. Literal segments win over {parameters}, as OpenAPI says concrete paths match first.
    /// </summary>
    public SpecOperation? Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        return _operations
            .Where(op => op.Method == method.ToUpperInvariant() && op.Matches(segments))
            .OrderByDescending(op => op.LiteralSegments)
            .FirstOrDefault();
    }
}

/// <summary>One operation of the YAML: method, path template and its definition.</summary>
public sealed record SpecOperation(string Method, string PathTemplate, OpenApiOperation Operation)
{
    private string[] Segments => PathTemplate.Trim('/').Split('/');

    public int LiteralSegments => Segments.Count(s => !s.StartsWith('{'));

    public string Name => $"{Operation.OperationId} ({Method} {PathTemplate})";

    public bool Matches(string[] segments) =>
        segments.Length == Segments.Length
        && Segments.Zip(segments).All(pair => pair.First.StartsWith('{') ? pair.Second.Length > 0 : pair.First == pair.Second);
}
