using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.WireTests;

public class TimingTests
{
    private static readonly DateTimeOffset Midnight = new(2023, 2, 10, 0, 0, 0, TimeSpan.Zero);

    [TestCase("PT1H", 3600)]
    [TestCase("P1DT2M", 86520)]
    [TestCase("P1W", 604800)]
    [TestCase("PT0.5S", 0.5)]
    public void Durations_parse_to_seconds(string text, double seconds)
    {
        OpenAdrDuration.TryParse(text, out var value).Should().BeTrue();
        value.TotalSeconds.Should().Be(seconds);
    }

    [TestCase("P0S")]
    [TestCase("PT")]
    [TestCase("1H")]
    public void Durations_outside_the_yaml_pattern_are_rejected(string text) =>
        OpenAdrDuration.TryParse(text, out _).Should().BeFalse();

    [TestCase("2023-02-10T00:00:00.000Z", true)]
    [TestCase("2023-02-10T01:00:00+01:00", true)]
    [TestCase("0001-01-01", true)]
    [TestCase("17:15:16", false)]
    [TestCase("02/10/2023", false)]
    public void Date_times_must_be_rfc_3339(string text, bool valid) => OpenAdrTime.TryParse(text, out _).Should().Be(valid);

    [Test]
    public void Current_interval_follows_the_previous_one_when_it_has_no_start()
    {
        var evt = new Event
        {
            IntervalPeriod = new IntervalPeriod { Start = OpenAdrTime.Format(Midnight), Duration = "PT1H" },
            Intervals = [new Interval { Id = 0 }, new Interval { Id = 1, IntervalPeriod = new IntervalPeriod { Duration = "PT2H" } }],
        };

        EventTiming.CurrentInterval(evt, Midnight.AddMinutes(30))!.Id.Should().Be(0);
        EventTiming.CurrentInterval(evt, Midnight.AddHours(2.5))!.Id.Should().Be(1);
        EventTiming.CurrentInterval(evt, Midnight.AddHours(3)).Should().BeNull();
    }

    [Test]
    public void A_do_it_now_event_is_current_at_any_time()
    {
        var evt = new Event
        {
            IntervalPeriod = new IntervalPeriod { Start = OpenAdrTime.BeginningOfTime, Duration = OpenAdrDuration.Infinity },
            Intervals = [new Interval { Id = 7 }],
        };

        EventTiming.CurrentInterval(evt, DateTimeOffset.UtcNow)!.Id.Should().Be(7);
    }

    [Test]
    public void An_event_has_transpired_once_its_last_interval_ended()
    {
        var evt = new Event
        {
            IntervalPeriod = new IntervalPeriod { Start = OpenAdrTime.Format(Midnight), Duration = "PT1H" },
            Intervals = [new Interval { Id = 0 }, new Interval { Id = 1 }],
        };

        EventTiming.HasTranspired(evt, Midnight.AddHours(1.5)).Should().BeFalse();
        EventTiming.HasTranspired(evt, Midnight.AddHours(2)).Should().BeTrue();
    }

    [Test]
    public void An_event_without_a_known_window_has_not_transpired()
    {
        EventTiming.HasTranspired(new Event { Intervals = [new Interval { Id = 0 }] }, Midnight).Should().BeFalse();
        EventTiming.HasTranspired(new Event(), Midnight).Should().BeFalse();
    }
}
