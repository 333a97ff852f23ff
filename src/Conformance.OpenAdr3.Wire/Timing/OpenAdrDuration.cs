using System.Globalization;
using System.Text.RegularExpressions;

namespace Conformance.OpenAdr3.Wire;

/// <summary>The YAML's duration: an ISO 8601 string on the wire, parsed only where a value is needed.</summary>
public static partial class OpenAdrDuration
{
    /// <summary>'Infinity' by agreement of the communicating parties (User Guide 7.3).</summary>
    public const string Infinity = "P9999Y";

    public static bool IsValid(string text) => Pattern().IsMatch(text);

    /// <summary>
    /// Parses with the calendar approximations a duration without an anchor needs: a year is 365 days,
    /// a month 30 days (the User Guide advises against months for this reason).
    /// </summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success) return false;

        double Part(int group) => match.Groups[group].Success
            ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

        var days = Part(2) * 365 + Part(3) * 30 + Part(4) * (match.Groups[5].Value == "W" ? 7 : 1);
        var seconds = days * 86400 + Part(6) * 3600 + Part(7) * 60 + Part(8);
        if (seconds >= TimeSpan.MaxValue.TotalSeconds) return false;
        value = TimeSpan.FromSeconds(match.Groups[1].Value == "-" ? -seconds : seconds);
        return true;
    }

    // Copied from the YAML's duration schema.
    [GeneratedRegex(@"^(-?)P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)([DW]))?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex Pattern();
}
