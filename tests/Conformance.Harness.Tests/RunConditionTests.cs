using System.Reflection;
using System.Text.Json;
using Conformance.Harness.Progress;
using Conformance.Harness.Tests.Fakes;
using Conformance.Roles.Bindings;

namespace Conformance.Harness.Tests;

/// <summary>
/// A condition a binding states for the whole run (e.g. a development switch of a role the harness plays) reaches the
/// operator at once and every report of the run.
/// </summary>
public class RunConditionTests
{
    private const string Condition = "the fake device ran with its development switch";

    [Test]
    public async Task A_stated_condition_is_announced_and_listed_in_the_summary_and_the_allure_environment()
    {
        var events = new RunEventChannel();
        var plan = Runs.Plan("talk-alpha", Runs.Fake("Fake alpha")) with { Bindings = [new StatingBinding(new FakeBinding())] };

        var result = await ConformanceRun.ExecuteAsync(plan, events);

        var notices = new List<string>();
        await foreach (var e in events.ReadAllAsync())
            if (e is OperatorNotice notice) notices.Add(notice.Text);
        notices.Should().Contain($"condition: {Condition}");
        result.Report.Conditions.Should().Equal(Condition);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.ReportDirectory, "summary.json")));
        summary.RootElement.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).Should().Equal(Condition);
        File.ReadAllText(Path.Combine(result.ReportDirectory, "allure-results", "environment.properties"))
            .Should().Contain($"Run.Condition.1={Condition}");
    }

    [Test]
    public async Task A_run_without_conditions_lists_none()
    {
        var result = await ConformanceRun.ExecuteAsync(Runs.Plan("talk-alpha", Runs.Fake("Fake alpha")));

        result.Report.Conditions.Should().BeEmpty();
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.ReportDirectory, "summary.json")));
        summary.RootElement.GetProperty("conditions").GetArrayLength().Should().Be(0);
    }

    /// <summary>The fake binding, stating <see cref="Condition"/> when it starts.</summary>
    private sealed class StatingBinding(IBinding inner) : IBinding
    {
        public string Name => inner.Name;

        public IReadOnlyList<Assembly> StepAssemblies => inner.StepAssemblies;

        public IBindingSection Section => inner.Section;

        public Task<IBindingSession> StartAsync(BindingContext context, CancellationToken ct)
        {
            context.StateCondition(Condition);
            return inner.StartAsync(context, ct);
        }
    }
}
