using System.Globalization;
using System.Text.RegularExpressions;

namespace Conformance.OpenAdr3.Wire;

/// <summary>The YAML's dateTime: an RFC 3339 string on the wire, parsed only where a value is needed.</summary>
public static partial class OpenAdrTime
{
    /// <summary>'The beginning of time': as an interval start it means 'now' (User Guide 7.3). Date-only on purpose.</summary>
    public const string BeginningOfTime = "0001-01-01";

    /// <summary>UTC with milliseconds, the form the User Guide's examples use.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Accepts RFC 3339 date-times and the two 'beginning of time' spellings the User Guide allows
    /// ("0001-01-01", "0001-01-01T00:00:00"), which are not strict RFC 3339.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null) return false;
        if (IsBeginningOfTime(text))
        {
            value = DateTimeOffset.MinValue;
            return true;
        }
        return Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }

    public static bool IsBeginningOfTime(string? text) => text is BeginningOfTime or "0001-01-01T00:00:00";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
