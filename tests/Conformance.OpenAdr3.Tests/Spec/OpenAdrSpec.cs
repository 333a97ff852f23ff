using NSwag;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>openadr3.yaml, loaded once per test run, and the operation a request is answered by.</summary>
internal sealed class OpenAdrSpec
{
    private static readonly Lazy<Task<OpenAdrSpec>> Loaded =
        new(async () => new OpenAdrSpec(await OpenApiYamlDocument.FromFileAsync(SpecFiles.Yaml)));

    private readonly IReadOnlyList<SpecOperation> operations;

    private OpenAdrSpec(OpenApiDocument document)
    {
        Document = document;
        operations = document.Paths
            .SelectMany(path => path.Value.Select(op => new SpecOperation(op.Key.ToUpperInvariant(), path.Key, op.Value)))
            .ToList();
    }

    public OpenApiDocument Document { get; }

    public static Task<OpenAdrSpec> LoadAsync() => Loaded.Value;

    /// <summary>
    /// The operation for <paramref name="method"/> on <paramref name="path"/> (relative to the VTN's base, no
    /// query), or null. Literal segments win over {parameters}, as OpenAPI says concrete paths match first.
    /// </summary>
    public SpecOperation? Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        return operations
            .Where(op => op.Method == method.ToUpperInvariant() && op.Matches(segments))
            .OrderByDescending(op => op.LiteralSegments)
            .FirstOrDefault();
    }
}

/// <summary>One operation of the YAML: method, path template and its definition.</summary>
internal sealed record SpecOperation(string Method, string PathTemplate, OpenApiOperation Operation)
{
    private string[] Segments => PathTemplate.Trim('/').Split('/');

    public int LiteralSegments => Segments.Count(s => !s.StartsWith('{'));

    public string Name => $"{Operation.OperationId} ({Method} {PathTemplate})";

    public bool Matches(string[] segments) =>
        segments.Length == Segments.Length
        && Segments.Zip(segments).All(pair => pair.First.StartsWith('{') ? pair.Second.Length > 0 : pair.First == pair.Second);
}
