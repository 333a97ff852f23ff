namespace Conformance.Runner.Catalogue;

/// <summary>A .feature file that could not be read; the other features still run.</summary>
public sealed record FeatureParseError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
