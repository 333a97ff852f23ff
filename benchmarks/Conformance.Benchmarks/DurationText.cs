using System.Globalization;
using System.Text.RegularExpressions;

namespace Conformance.Benchmarks;

/// <summary>Durations as typed on the command line: "500ms", "10s", "2m".</summary>
internal static partial class DurationText
{
    public static TimeSpan? TryParse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success) return null;
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m)$")]
    private static partial Regex Pattern();
}
