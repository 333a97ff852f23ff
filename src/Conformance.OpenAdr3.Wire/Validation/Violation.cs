namespace Conformance.OpenAdr3.Wire;

/// <summary>One broken rule of the spec: <paramref name="Field"/> is a JSON path such as <c>intervals[0].id</c>.</summary>
public sealed record Violation(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
