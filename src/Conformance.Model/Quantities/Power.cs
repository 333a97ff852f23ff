using System.Globalization;
using System.Text.RegularExpressions;

namespace Conformance.Model.Quantities;

/// <summary>Active power in watts, written in features as "4.2 kW" or "800 W".</summary>
public readonly partial record struct Power(double Watts) : IComparable<Power>
{
    public const string Pattern = @"-?\d+(?:\.\d+)? ?(?:W|kW|MW)";

    public double Kilowatts => Watts / 1000;

    public static Power Parse(string text)
    {
        var match = Syntax().Match(text.Trim());
        if (!match.Success)
            throw new FormatException($"'{text}' is not a power: write a number and W, kW or MW, e.g. '4.2 kW'");
        var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return new Power(number * match.Groups["u"].Value switch { "W" => 1, "kW" => 1e3, _ => 1e6 });
    }

    public int CompareTo(Power other) => Watts.CompareTo(other.Watts);

    public override string ToString() => Math.Abs(Watts) >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{Kilowatts:0.###} kW")
        : string.Create(CultureInfo.InvariantCulture, $"{Watts:0.###} W");

    [GeneratedRegex(@"^(?<n>-?\d+(?:\.\d+)?) ?(?<u>W|kW|MW)$")]
    private static partial Regex Syntax();
}
