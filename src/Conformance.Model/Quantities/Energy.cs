using System.Globalization;
using System.Text.RegularExpressions;

namespace Conformance.Model.Quantities;

/// <summary>Energy in watt-hours, written in features as "3 kWh" or "500 Wh".</summary>
public readonly partial record struct Energy(double WattHours) : IComparable<Energy>
{
    public const string Pattern = @"-?\d+(?:\.\d+)? ?(?:Wh|kWh|MWh)";

    public double KilowattHours => WattHours / 1000;

    public static Energy Parse(string text)
    {
        var match = Syntax().Match(text.Trim());
        if (!match.Success)
            throw new FormatException($"'{text}' is not an energy: write a number and Wh, kWh or MWh, e.g. '3 kWh'");
        var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return new Energy(number * match.Groups["u"].Value switch { "Wh" => 1, "kWh" => 1e3, _ => 1e6 });
    }

    public int CompareTo(Energy other) => WattHours.CompareTo(other.WattHours);

    public override string ToString() => Math.Abs(WattHours) >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{KilowattHours:0.###} kWh")
        : string.Create(CultureInfo.InvariantCulture, $"{WattHours:0.###} Wh");

    [GeneratedRegex(@"^(?<n>-?\d+(?:\.\d+)?) ?(?<u>Wh|kWh|MWh)$")]
    private static partial Regex Syntax();
}
