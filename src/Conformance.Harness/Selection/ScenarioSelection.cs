using Conformance.Model;
using Conformance.Model.Quantities;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Harness.Selection;

/// <summary>
/// Decides, before a scenario runs, whether the system under test can take part, with the reason in every report,
/// never silently skipped:
/// - a scenario tagged @binding:&lt;name&gt; speaks that protocol binding; in a run of another binding it is not applicable;
/// - a scenario tagged @span:&lt;duration&gt; lasts that much run time: when that is longer on the wall clock than the
///   run's bound for one scenario (real time, or scaled time divided by its factor; virtual time takes no wall time to
///   speak of), it is not applicable to this run;
/// - a scenario tagged @certifies:&lt;role&gt; judges that role; when a third-party system plays another role, the
///   scenario is not applicable (with no role under test, the harness's own roles are certified against each other);
/// - a scenario tagged @requires:&lt;capability&gt; for a capability the system under test does not declare is
///   inconclusive.
/// </summary>
public static class ScenarioSelection
{
    public const string BindingPrefix = "binding:";
    public const string RequiresPrefix = "requires:";
    public const string CertifiesPrefix = "certifies:";
    public const string SpanPrefix = "span:";

    /// <param name="bound">The most one scenario may take on the wall clock; null: no limit.</param>
    public static ScenarioResult? Precondition(ScenarioCase scenario, SystemUnderTestDescription sut, DateTimeOffset now, TimeSpan? bound = null)
    {
        var bindings = Tagged(scenario, BindingPrefix);
        if (bindings.Count > 0 && !bindings.Contains(sut.Binding, StringComparer.OrdinalIgnoreCase))
            return ScenarioResult.NotRun(scenario, Verdict.NotApplicable,
                $"not run: the scenario is for the {string.Join(" or the ", bindings)} binding; this run speaks {sut.Binding}", now);

        if (bound is { } limit && Span(scenario) is { } span && WallClockTime(span, sut.Clock) > limit)
            return ScenarioResult.NotRun(scenario, Verdict.NotApplicable,
                $"not run: the scenario spans {Durations.Format(span)} of run time, more than this run allows one scenario on the wall clock "
                + $"({Durations.Format(limit)}, {sut.Clock}); run it in virtual time, where every role is the harness's own", now);

        var certified = Tagged(scenario, CertifiesPrefix);
        if (sut.RoleUnderTest is { } role && certified.Count > 0 && !certified.Contains(role.ToString(), StringComparer.OrdinalIgnoreCase))
            return ScenarioResult.NotRun(scenario, Verdict.NotApplicable,
                $"not run: the scenario certifies the {string.Join(" and the ", certified.Select(c => c.ToUpperInvariant()))}; "
                + $"the system under test plays the {role.ToString().ToUpperInvariant()}", now);

        var missing = Tagged(scenario, RequiresPrefix).Where(c => !sut.Supports(c)).ToList();
        if (missing.Count == 0) return null;
        var reason = $"not run: the system under test does not declare {string.Join(", ", missing.Select(c => $"'{c}'"))} among its capabilities";
        return ScenarioResult.NotRun(scenario, Verdict.Inconclusive, reason, now);
    }

    private static List<string> Tagged(ScenarioCase scenario, string prefix) =>
        scenario.Tags.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t[prefix.Length..]).ToList();

    private static TimeSpan? Span(ScenarioCase scenario) => Tagged(scenario, SpanPrefix).Select(t => (TimeSpan?)Durations.Parse(t)).Max();

    private static TimeSpan WallClockTime(TimeSpan span, ClockSetting clock) => clock.Mode switch
    {
        TimeMode.Virtual => TimeSpan.Zero,
        TimeMode.Scaled => span / clock.Factor,
        _ => span,
    };
}
