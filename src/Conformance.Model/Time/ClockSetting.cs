using System.Globalization;

namespace Conformance.Model;

/// <summary>The run's time mode and scale factor, recorded in summary.json and beside every timing verdict.</summary>
public sealed record ClockSetting(TimeMode Mode, double Factor)
{
    public static ClockSetting Real { get; } = new(TimeMode.Real, 1);

    /// <summary>Virtual time: it has no factor, a day may pass in seconds.</summary>
    public static ClockSetting Virtual { get; } = new(TimeMode.Virtual, 1);

    public override string ToString() => Mode switch
    {
        TimeMode.Real => "time mode real",
        TimeMode.Virtual => "time mode virtual",
        _ => string.Create(CultureInfo.InvariantCulture, $"time mode {Mode.ToString().ToLowerInvariant()} x{Factor:0.###}"),
    };
}
