using System.Security.Cryptography.X509Certificates;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Vtn;
using Conformance.Reporting;
using Conformance.Roles.Bindings;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;
using Conformance.Runner.Filtering;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3;
using Conformance.Bindings.OpenAdr3.Support;
using Spectre.Console;
using Conformance.Tls;

namespace Conformance.Cli.Running;

/// <summary>
/// One conformance run: read the system under test and the features, run the selected scenarios through the
/// bridge with the harness playing every role the system under test does not, and write reports/&lt;run-id&gt;/.
/// Results already gathered are written even when the run is cancelled or a scenario overruns its bound.
/// </summary>
public sealed class ConformanceRun(IAnsiConsole console)
{
    public async Task<RunOutcome> ExecuteAsync(RunRequest request, CancellationToken ct)
    {
        SystemUnderTestDescription sut;
        TagExpression tags;
        FeatureCatalogue catalogue;
        try
        {
            sut = request.SystemUnderTestFile is { } file ? SystemUnderTestLoader.Load(file, HarnessBindings.All) : SystemUnderTestDescription.EmbeddedDefault;
            // Certificate files that cannot be used stop the run before it starts.
            VtnUnderTestTls.CheckFiles(OpenAdr3Settings.Of(sut));
            tags = TagExpression.Parse(request.Tags);
            catalogue = FeatureCatalogue.Load(request.FeaturesDirectory ?? Locations.DefaultFeatures());
        }
        catch (Exception e) when (e is ConfigurationException or FormatException or DirectoryNotFoundException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return new RunOutcome(ExitCodes.BadArguments, null);
        }
        foreach (var error in catalogue.Errors) console.MarkupLineInterpolated($"[red]syntax error:[/] {error}");

        var selected = catalogue.Scenarios.Where(s => tags.Matches(s.Tags)).ToList();
        if (selected.Count == 0 && catalogue.Errors.Count == 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] no scenario in {catalogue.Root} matches --tags '{tags}'");
            return new RunOutcome(ExitCodes.BadArguments, null);
        }

        var clock = new RunClock(sut.Clock);
        var runId = Locations.NewRunId(clock.StartedAt);
        var runDirectory = Path.Combine(request.OutputDirectory ?? Locations.DefaultReports(), runId);
        console.MarkupLineInterpolated($"Run [bold]{runId}[/]: {selected.Count} scenario(s), system under test: {sut.Name}, {sut.Clock}");

        List<ScenarioResult> results;
        IReadOnlyList<EvidenceRecord> evidenceRecords;
        using (var evidence = new EvidenceLog(clock, Path.Combine(runDirectory, "evidence.jsonl")))
        {
            results = console.Profile.Capabilities.Interactive
                ? await console.Progress().AutoClear(true).StartAsync(progress =>
                {
                    var bar = progress.AddTask("scenarios", maxValue: selected.Count);
                    return RunScenariosAsync(selected, sut, clock, evidence, runDirectory, request.ScenarioBound, () => bar.Increment(1), ct);
                })
                : await RunScenariosAsync(selected, sut, clock, evidence, runDirectory, request.ScenarioBound, () => { }, ct);
            evidenceRecords = evidence.Snapshot();
        }

        var report = new RunReport(runId, clock.StartedAt, clock.Elapsed, clock.Setting, sut, HarnessIdentity.Current, request.Tags,
            results, catalogue.Errors, evidenceRecords);
        await ReportWriter.WriteAsync(report, runDirectory, CancellationToken.None);
        if (request.RenderHtml)
            await AllureHtml.RenderAsync(Path.Combine(runDirectory, "allure-results"), Path.Combine(runDirectory, "allure-report"), Console.Out, CancellationToken.None);
        Summarise(report, runDirectory);
        return new RunOutcome(ExitCodes.For(report.RunVerdict), runDirectory);
    }

    private async Task<List<ScenarioResult>> RunScenariosAsync(IReadOnlyList<ScenarioCase> scenarios, SystemUnderTestDescription sut,
        RunClock clock, EvidenceLog evidence, string runDirectory, TimeSpan bound, Action scenarioDone, CancellationToken ct)
    {
        var results = new List<ScenarioResult>();
        await using var harness = new HarnessRun(sut, clock, evidence);
        await PublishVtnCertificateAsync(harness.Grid, sut, runDirectory, ct);
        var bridge = new ScenarioBridge(typeof(Steps.UseCases.DomainSteps).Assembly, harness.Register, clock.Time, [typeof(OpenAdr3Binding).Assembly]);
        var stuck = false;
        try
        {
            foreach (var scenario in scenarios)
            {
                if (ct.IsCancellationRequested) break;
                var result = ScenarioSelection.Precondition(scenario, sut, clock.Time.GetUtcNow(), bound) ?? await RunBoundedAsync(bridge, scenario, clock, bound);
                results.Add(result);
                Print(result);
                scenarioDone();
                if (result.Message?.StartsWith(OverrunPrefix, StringComparison.Ordinal) == true) { stuck = true; break; }
            }
        }
        finally
        {
            // A scenario that overran its bound still holds the runner; ending the run would wait on it.
            if (!stuck) await bridge.DisposeAsync();
        }
        return results;
    }

    /// <summary>
    /// Over https the harness's VTN serves a certificate generated for this run, which a VEN under test on another
    /// machine must trust: its public PEM goes into the report directory (and harness.vtnCertificateFile), and its
    /// path and SHA-256 fingerprint are printed before the first scenario, so an operator can install and check it.
    /// </summary>
    private async Task PublishVtnCertificateAsync(GridDomain grid, SystemUnderTestDescription sut, string runDirectory, CancellationToken ct)
    {
        X509Certificate2? certificate;
        try
        {
            certificate = await grid.ReferenceVtnCertificateAsync(ct);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            // The scenarios that need the VTN report the same failure as their verdicts.
            console.MarkupLineInterpolated($"[red]error:[/] the harness's VTN at {grid.Settings.HarnessVtnUrl} did not start: {e.Message}");
            return;
        }
        if (certificate is null) return;
        Directory.CreateDirectory(runDirectory);
        string[] files = [Path.Combine(runDirectory, HarnessVtnCertificateFileName), .. grid.Settings.HarnessVtnCertificateFile is { } named ? [named] : Array.Empty<string>()];
        foreach (var file in files)
        {
            CertificateFiles.WritePem(certificate, file);
            console.MarkupLineInterpolated($"The harness's VTN certificate (install it on the VEN under test): {file}");
        }
        console.MarkupLineInterpolated($"  SHA-256 fingerprint {CertificateFiles.Fingerprint(certificate)}, valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");
        // TLS checks the name the VEN calls the VTN by, so say which names the certificate holds and where the VTN listens.
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(san => san.EnumerateDnsNames().Concat(san.EnumerateIPAddresses().Select(ip => ip.ToString())));
        console.MarkupLineInterpolated($"  names {string.Join(", ", names)}; the VTN listens at {grid.VtnBaseAddress}");
    }

    /// <summary>In the report directory: the public certificate of the harness's VTN over https.</summary>
    public const string HarnessVtnCertificateFileName = "harness-vtn-certificate.pem";

    private const string OverrunPrefix = "the scenario did not finish within";

    private static async Task<ScenarioResult> RunBoundedAsync(ScenarioBridge bridge, ScenarioCase scenario, RunClock clock, TimeSpan bound)
    {
        var start = clock.Time.GetUtcNow();
        var run = bridge.RunAsync(scenario);
        if (await Task.WhenAny(run, Task.Delay(bound)) == run)
        {
            try { return await run; }
            catch (Exception e) { return Faulted(scenario, start, clock, $"the harness failed while running the scenario: {e.Message}"); }
        }
        return Faulted(scenario, start, clock, $"{OverrunPrefix} {bound}; the harness stopped the run here");
    }

    private static ScenarioResult Faulted(ScenarioCase scenario, DateTimeOffset start, RunClock clock, string reason) =>
        ScenarioResult.NotRun(scenario, Verdict.Error, reason, start, clock.Time.GetUtcNow() - start);

    private void Print(ScenarioResult result)
    {
        var (mark, colour) = result.Verdict switch
        {
            Verdict.Pass => ("pass", "green"),
            Verdict.Fail => ("FAIL", "red"),
            Verdict.Error => ("ERROR", "red"),
            Verdict.Inconclusive => ("inconclusive", "yellow"),
            _ => ("not applicable", "grey"),
        };
        console.MarkupLineInterpolated($"  [{colour}]{mark}[/] {result.Scenario.DisplayName} [grey]({result.Duration.TotalSeconds:0.0} s)[/]");
        if (result.Message is { } message) console.MarkupLineInterpolated($"       [grey]{message}[/]");
    }

    private void Summarise(RunReport report, string runDirectory)
    {
        var table = new Table().AddColumns("verdict", "scenarios");
        foreach (var verdict in Enum.GetValues<Verdict>())
            table.AddRow(verdict.ToWireName(), report.Scenarios.Count(s => s.Verdict == verdict).ToString());
        console.Write(table);
        console.MarkupLineInterpolated($"Run verdict: [bold]{report.RunVerdict.ToWireName()}[/]. Reports: {runDirectory}");
    }
}
