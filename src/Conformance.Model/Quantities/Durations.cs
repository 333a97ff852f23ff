using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Conformance.Model.Quantities;

/// <summary>Durations as features write them ("4 s", "15 min", "2 h", "250 ms") or as ISO 8601 ("PT10S").</summary>
public static partial class Durations
{
    /// <summary>The text form accepted in features; also the regular expression of the {duration} parameter type.</summary>
    public const string Pattern = @"\d+(?:\.\d+)? ?(?:ms|s|sec|min|h)";

    public static TimeSpan Parse(string text)
    {
        if (TryParse(text, out var value)) return value;
        throw new FormatException($"'{text}' is not a duration: write a number and a unit (ms, s, min, h), e.g. '4 s', or ISO 8601 such as 'PT15M'");
    }

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var trimmed = text.Trim();
        if (trimmed.StartsWith('P'))
        {
            try { value = XmlConvert.ToTimeSpan(trimmed); return true; }
            catch (FormatException) { return false; }
        }
        var match = Unit().Match(trimmed);
        if (!match.Success) return false;
        var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        value = match.Groups["u"].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(number),
            "s" or "sec" => TimeSpan.FromSeconds(number),
            "min" => TimeSpan.FromMinutes(number),
            _ => TimeSpan.FromHours(number),
        };
        return true;
    }

    /// <summary>The short form used in messages: "4 s", "15 min", "250 ms".</summary>
    public static string Format(TimeSpan value) => value switch
    {
        { TotalMilliseconds: < 1000 } => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0.###} ms"),
        { TotalSeconds: < 120 } => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.###} s"),
        { TotalMinutes: < 120 } => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMinutes:0.###} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value.TotalHours:0.###} h"),
    };

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?) ?(?<u>ms|s|sec|min|h)$")]
    private static partial Regex Unit();
}
