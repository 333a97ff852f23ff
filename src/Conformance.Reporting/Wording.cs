using System.Globalization;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;

namespace Conformance.Reporting;

/// <summary>The few phrases every report spells the same way.</summary>
internal static class Wording
{
    public static string RoleUnderTest(SystemUnderTestDescription sut) =>
        sut.RoleUnderTest?.ToString() ?? "none (reference implementations)";

    public static string Mode(ClockSetting clock) => clock.Mode.ToString().ToLowerInvariant();

    /// <summary>"real", or the mode with its factor: "scaled x10".</summary>
    public static string Clock(ClockSetting clock) => clock.Mode == TimeMode.Real
        ? "real"
        : string.Create(CultureInfo.InvariantCulture, $"{Mode(clock)} x{clock.Factor:0.###}");

    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
