using Conformance.Harness;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Reporting;
using Conformance.Roles.Bindings;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Filtering;
using Conformance.Steps.UseCases;
using Spectre.Console;

namespace Conformance.Cli.Running;

/// <summary>
/// <c>run</c> on a console: reads the arguments' files into a <see cref="RunPlan"/>, hands it to the harness's
/// <see cref="ConformanceRun"/> with the console's progress display as observer, renders the HTML report and prints the
/// summary. Any problem with the arguments or the files exits with 2 and one line.
/// </summary>
public sealed class ConsoleRun(IAnsiConsole console)
{
    public async Task<RunOutcome> ExecuteAsync(RunArguments arguments, CancellationToken ct)
    {
        RunPlan plan;
        try
        {
            var sut = arguments.SystemUnderTestFile is { } file
                ? SystemUnderTestLoader.Load(file, HarnessBindings.All)
                : SystemUnderTestDescription.EmbeddedDefault;
            if (arguments.VirtualTime)
                sut = sut.RoleUnderTest is { } role
                    ? throw new ConfigurationException(arguments.SystemUnderTestFile!, null, "roleUnderTest",
                        "--virtual-time needs every role to be the harness's own, " +
                        $"and the system under test plays the {role.ToString().ToUpperInvariant()}: it lives on the wall clock")
                    : sut with { Clock = ClockSetting.Virtual };
            var tags = TagExpression.Parse(arguments.Tags);
            var catalogue = FeatureCatalogue.Load(arguments.FeaturesDirectory ?? Locations.DefaultFeatures());
            plan = new RunPlan(sut, catalogue, HarnessBindings.All, arguments.OutputDirectory ?? Locations.DefaultReports())
            {
                Tags = tags,
                Locations = arguments.Locations.Select(ScenarioLocation.Parse).ToList(),
                Name = arguments.Name is { } name ? ScenarioFilter.ParseName(name) : null,
                StepAssemblies = [typeof(DomainSteps).Assembly],
                ScenarioBound = arguments.ScenarioBound,
            };
        }
        catch (Exception e) when (e is ConfigurationException or FormatException or DirectoryNotFoundException)
        {
            return BadArguments(e.Message);
        }
        foreach (var error in plan.Features.Errors) console.MarkupLineInterpolated($"[red]syntax error:[/] {error}");
        if (plan.Filter.Problem(plan.Features) is { } misplaced) return BadArguments(misplaced);
        if (plan.SelectedScenarios.Count == 0 && plan.Features.Errors.Count == 0)
            return BadArguments($"no scenario in {plan.Features.Root} matches {Selection(plan)}");

        RunResult result;
        var progress = new ConsoleProgress(console);
        try
        {
            result = console.Profile.Capabilities.Interactive
                ? await console.Progress().AutoClear(true).StartAsync(context =>
                {
                    progress.Bar = context.AddTask("scenarios", maxValue: plan.SelectedScenarios.Count);
                    return ConformanceRun.ExecuteAsync(plan, progress, ct);
                })
                : await ConformanceRun.ExecuteAsync(plan, progress, ct);
        }
        catch (ConfigurationException e)
        {
            return BadArguments(e.Message);
        }
        catch (PreflightException e)
        {
            // The preflight's messages are evidence too: say where they are kept.
            return BadArguments($"preflight: {e.Message}") with { ReportDirectory = progress.ReportDirectory };
        }

        if (arguments.RenderHtml)
        {
            var html = Path.Combine(result.ReportDirectory, "allure-report");
            await AllureHtml.RenderAsync(result.Files.AllureResults, html, Console.Out, CancellationToken.None);
        }
        Summarise(result);
        return new RunOutcome(ExitCodes.For(result.Verdict), result.ReportDirectory);
    }

    private static string Selection(RunPlan plan) =>
        string.Join(" and ", new[] { plan.Tags.Text.Length == 0 ? null : $"--tags '{plan.Tags}'", plan.Filter.Narrowing }.OfType<string>());

    private RunOutcome BadArguments(string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return new RunOutcome(ExitCodes.BadArguments, null);
    }

    private void Summarise(RunResult result)
    {
        var table = new Table().AddColumns("verdict", "scenarios");
        foreach (var verdict in Enum.GetValues<Verdict>())
            table.AddRow(verdict.ToWireName(), result.Report.Scenarios.Count(s => s.Verdict == verdict).ToString());
        console.Write(table);
        console.MarkupLineInterpolated($"Run verdict: [bold]{result.Verdict.ToWireName()}[/]. Reports: {result.ReportDirectory}");
    }
}
