using Conformance.Model.Quantities;

namespace Conformance.Model.Tests;

public class QuantityTests
{
    [TestCase("4 s", 4_000)]
    [TestCase("250 ms", 250)]
    [TestCase("15 min", 900_000)]
    [TestCase("2 h", 7_200_000)]
    [TestCase("1.5 s", 1_500)]
    [TestCase("PT10S", 10_000)]
    [TestCase("PT15M", 900_000)]
    public void Durations_are_read_as_features_and_iso_8601_write_them(string text, double milliseconds) =>
        Durations.Parse(text).TotalMilliseconds.Should().Be(milliseconds);

    [TestCase("4")]
    [TestCase("four s")]
    [TestCase("4 fortnights")]
    [TestCase("P1X")]
    public void A_malformed_duration_says_how_to_write_one(string text) =>
        FluentActions.Invoking(() => Durations.Parse(text)).Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a duration: write a number and a unit*");

    [TestCase("4.2 kW", 4200)]
    [TestCase("800 W", 800)]
    [TestCase("-1.5 kW", -1500)]
    [TestCase("2 MW", 2_000_000)]
    public void Power_is_read_in_watts(string text, double watts) => Power.Parse(text).Watts.Should().Be(watts);

    [TestCase("3 kWh", 3000)]
    [TestCase("500 Wh", 500)]
    public void Energy_is_read_in_watt_hours(string text, double wattHours) => Energy.Parse(text).WattHours.Should().Be(wattHours);

    [Test]
    public void Quantities_print_in_the_unit_a_person_would_use()
    {
        Power.Parse("4200 W").ToString().Should().Be("4.2 kW");
        Energy.Parse("0.5 kWh").ToString().Should().Be("500 Wh");
        Durations.Format(TimeSpan.FromMilliseconds(1500)).Should().Be("1.5 s");
    }

    [Test]
    public void A_malformed_power_names_the_accepted_units() =>
        FluentActions.Invoking(() => Power.Parse("4.2 kVA")).Should().Throw<FormatException>().WithMessage("*W, kW or MW*");
}
