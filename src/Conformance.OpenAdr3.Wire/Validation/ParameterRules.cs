namespace Conformance.OpenAdr3.Wire;

/// <summary>The YAML's schemas for values outside a body: query and path parameters.</summary>
public static class ParameterRules
{
    /// <summary>objectID: pattern ^[a-zA-Z0-9_-]*$, length 1..128.</summary>
    public static IReadOnlyList<Violation> ObjectId(string parameter, string? value) =>
        Run(checks => checks.ObjectId(parameter, value, required: false));

    /// <summary>clientName, venName, resourceName: strings of length 1..128.</summary>
    public static IReadOnlyList<Violation> Name(string parameter, string? value) =>
        Run(checks => checks.Text(parameter, value, 1, 128));

    /// <summary>An array of targets, each a string of length 1..128.</summary>
    public static IReadOnlyList<Violation> Targets(string parameter, IReadOnlyList<string?>? values) =>
        Run(checks => checks.Targets(parameter, values));

    /// <summary>An array of values of the objectTypes enum.</summary>
    public static IReadOnlyList<Violation> ObjectTypeList(string parameter, IReadOnlyList<string?>? values) =>
        Run(checks => checks.EachOneOf(parameter, values, [.. ObjectTypes.Addressable]));

    private static IReadOnlyList<Violation> Run(Action<Checks> check)
    {
        var checks = new Checks();
        check(checks);
        return checks.Result;
    }
}
