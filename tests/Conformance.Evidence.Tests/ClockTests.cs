using Conformance.Evidence.Clock;
using Conformance.Model;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Evidence.Tests;

public class ClockTests
{
    [Test]
    public void Scaled_time_passes_factor_times_faster_than_the_wall_clock()
    {
        var wall = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var scaled = new ScaledTimeProvider(wall, 10);
        var start = scaled.GetTimestamp();

        wall.Advance(TimeSpan.FromSeconds(1));

        scaled.GetElapsedTime(start).Should().Be(TimeSpan.FromSeconds(10));
        scaled.GetUtcNow().Should().Be(new DateTimeOffset(2026, 11, 25, 0, 0, 10, TimeSpan.Zero));
    }

    [Test]
    public void Scaled_timers_fire_after_the_scaled_duration()
    {
        var wall = new FakeTimeProvider();
        var scaled = new ScaledTimeProvider(wall, 10);
        var fired = 0;
        using var timer = scaled.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        wall.Advance(TimeSpan.FromMilliseconds(999));
        fired.Should().Be(0);
        wall.Advance(TimeSpan.FromMilliseconds(1));
        fired.Should().Be(1);
        wall.Advance(TimeSpan.FromSeconds(1));
        fired.Should().Be(2);
    }

    [Test]
    public void The_run_clock_takes_its_provider_from_the_time_mode()
    {
        new RunClock(ClockSetting.Real).Time.Should().BeSameAs(TimeProvider.System);
        new RunClock(new ClockSetting(TimeMode.Scaled, 5)).Time.Should().BeOfType<ScaledTimeProvider>();
    }
}
