using System.Text.RegularExpressions;

namespace Conformance.OpenAdr3.Wire;

/// <summary>Collects violations while walking an object; each rule names the YAML constraint it enforces.</summary>
internal sealed partial class Checks
{
    private readonly List<Violation> violations = [];

    public IReadOnlyList<Violation> Result => violations;

    public static string Path(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";

    public void Add(string field, string message) => violations.Add(new Violation(field, message));

    public bool Required(string field, object? value)
    {
        if (value is null) Add(field, "is required");
        return value is not null;
    }

    /// <summary>minLength/maxLength of a string; a missing value is fine unless <paramref name="required"/>.</summary>
    public void Text(string field, string? value, int min, int max, bool required = false)
    {
        if (value is null)
        {
            if (required) Add(field, "is required");
            return;
        }
        if (value.Length < min || value.Length > max) Add(field, $"length must be {min}..{max}, was {value.Length}");
    }

    /// <summary>The YAML's objectID: pattern ^[a-zA-Z0-9_-]*$, length 1..128.</summary>
    public void ObjectId(string field, string? value, bool required)
    {
        Text(field, value, 1, 128, required);
        if (value is not null && !ObjectIdPattern().IsMatch(value)) Add(field, "must match ^[a-zA-Z0-9_-]*$");
    }

    public void DateTime(string field, string? value)
    {
        if (value is not null && !OpenAdrTime.TryParse(value, out _)) Add(field, $"'{value}' is not an RFC 3339 date-time");
    }

    public void Duration(string field, string? value)
    {
        if (value is not null && !OpenAdrDuration.IsValid(value)) Add(field, $"'{value}' is not an ISO 8601 duration");
    }

    public void OneOf(string field, string? value, params string[] allowed)
    {
        if (value is not null && !allowed.Contains(value)) Add(field, $"'{value}' must be one of {string.Join(", ", allowed)}");
    }

    public void Minimum(string field, int? value, int min)
    {
        if (value < min) Add(field, $"must be >= {min}, was {value}");
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value < min || value > max) Add(field, $"must be {min}..{max}, was {value}");
    }

    /// <summary>An absolute URI (the YAML's format: uri) of length <paramref name="min"/>..<paramref name="max"/>.</summary>
    public void Uri(string field, string? value, int min, int max, bool required = false)
    {
        Text(field, value, min, max, required);
        if (value is not null && !System.Uri.IsWellFormedUriString(value, UriKind.Absolute)) Add(field, $"'{value}' is not an absolute URI");
    }

    /// <summary>A field the BL variant of a request has and the VEN variant must not carry.</summary>
    public void BlOnly(string field, object? value, string venObjectType)
    {
        if (value is not null) Add(field, $"is not part of a {venObjectType}; only a BL request carries it");
    }

    /// <summary>Checks each item of an optional array; a null item is itself a violation.</summary>
    public void Each<T>(string field, IReadOnlyList<T?>? items, Action<T, string> check) where T : class
    {
        if (items is null) return;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (items[i] is { } item) check(item, path);
            else Add(path, "must not be null");
        }
    }

    /// <summary>The YAML's target: a string of length 1..128.</summary>
    public void Targets(string field, IReadOnlyList<string?>? targets)
    {
        if (targets is null) return;
        for (var i = 0; i < targets.Count; i++) Text($"{field}[{i}]", targets[i], 1, 128, required: true);
    }

    /// <summary>Each item must be one of <paramref name="allowed"/> (a YAML enum array).</summary>
    public void EachOneOf(string field, IReadOnlyList<string?>? values, params string[] allowed)
    {
        if (values is null) return;
        for (var i = 0; i < values.Count; i++)
            if (Required($"{field}[{i}]", values[i])) OneOf($"{field}[{i}]", values[i], allowed);
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]*$")]
    private static partial Regex ObjectIdPattern();
}
