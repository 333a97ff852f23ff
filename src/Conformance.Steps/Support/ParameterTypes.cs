using System.Globalization;
using Conformance.Model.Quantities;
using Reqnroll;

namespace Conformance.Steps.Support;

/// <summary>
/// The domain's quantities as Cucumber-expression parameter types: {duration} ("4 s", "15 min", "2 h"),
/// {power} ("4.2 kW", "800 W"), {energy} ("3 kWh") and {timestamp} (ISO 8601 / RFC 3339). Each regular
/// expression is one capture group: Reqnroll passes capture groups, not the whole match, to the method.
/// </summary>
[Binding]
public sealed class ParameterTypes
{
    [StepArgumentTransformation("(" + Durations.Pattern + ")", Name = "duration")]
    public static TimeSpan Duration(string text) => Durations.Parse(text);

    [StepArgumentTransformation("(" + Model.Quantities.Power.Pattern + ")", Name = "power")]
    public static Power Power(string text) => Model.Quantities.Power.Parse(text);

    [StepArgumentTransformation("(" + Model.Quantities.Energy.Pattern + ")", Name = "energy")]
    public static Energy Energy(string text) => Model.Quantities.Energy.Parse(text);

    [StepArgumentTransformation(@"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))", Name = "timestamp")]
    public static DateTimeOffset Timestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
