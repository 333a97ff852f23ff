using Conformance.Model.Verdicts;

namespace Conformance.Model.Tests;

public class VerdictTests
{
    [Test]
    public void A_verdict_only_gets_worse()
    {
        Verdict.Pass.Worst(Verdict.Inconclusive).Should().Be(Verdict.Inconclusive);
        Verdict.Fail.Worst(Verdict.Pass).Should().Be(Verdict.Fail);
        Verdict.Fail.Worst(Verdict.Error).Should().Be(Verdict.Error);
        Verdict.Inconclusive.Worst(Verdict.NotApplicable).Should().Be(Verdict.Inconclusive);
        new[] { Verdict.Pass, Verdict.Fail, Verdict.Inconclusive }.Worst().Should().Be(Verdict.Fail);
    }

    [Test]
    public void Verdicts_are_written_with_their_conformance_testing_names() =>
        Enum.GetValues<Verdict>().Select(v => v.ToWireName()).Should().Equal("notApplicable", "pass", "inconclusive", "fail", "error");

    [Test]
    public void A_measurement_inside_its_limit_passes_and_keeps_its_margin()
    {
        var m = Measurement.Duration("retrieval delay", TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1), LimitKind.AtMost, ClockSetting.Real);
        m.Verdict.Should().Be(Verdict.Pass);
        m.Margin.Should().BeApproximately(0.2, 1e-9);
    }

    [Test]
    public void A_failed_check_says_limit_measured_value_margin_and_time_mode()
    {
        var ledger = new ScenarioLedger("f.feature:3", "F: S");
        var m = Measurement.Duration(
            "retrieval delay", TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(1), LimitKind.AtMost, new ClockSetting(TimeMode.Scaled, 10));

        FluentActions.Invoking(() => ledger.Check(m, "retrieved at t=3.5 s by #7"))
            .Should().Throw<VerdictException>()
            .Where(e => e.Verdict == Verdict.Fail && e.Measurement == m)
            .WithMessage("retrieval delay: expected at most 1 s, measured 2.5 s (margin -1.5 s; time mode scaled x10); retrieved at t=3.5 s by #7");
        ledger.Measurements.Should().Equal(m);
    }

    [Test]
    public void A_passing_check_is_kept_for_the_reports()
    {
        var ledger = new ScenarioLedger("f.feature:3", "F: S");
        var m = Measurement.Duration("report delay", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), LimitKind.AtMost, ClockSetting.Real);
        ledger.Check(m, "");
        ledger.Measurements.Should().Equal(m);
    }
}
