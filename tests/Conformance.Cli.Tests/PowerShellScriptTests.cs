using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Conformance.Cli.Tests;

/// <summary>run-conformance.ps1, run on a hosted PowerShell engine (pwsh itself cannot be installed here).</summary>
public class PowerShellScriptTests
{
    /// <summary>A PowerShell engine without the console host's snap-in, which the hosting package does not ship.</summary>
    private static PowerShell HostedShell()
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        return PowerShell.Create(runspace);
    }

    [Test]
    public void The_script_forwards_tags_and_out_to_the_cli_and_returns_its_exit_code()
    {
        var directory = TestContext.CurrentContext.TestDirectory;
        var output = Path.Combine(Path.GetTempPath(), "conformance-tests", Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("CONFORMANCE_CLI", Path.Combine(directory, "conformance.dll"));

        using var shell = HostedShell();
        shell.AddScript($"& '{Path.Combine(directory, "run-conformance.ps1")}' -Tags '@TS62746-3-Fig17' -Out '{output}' " +
            $"-Features '{Harness.Features}'; $LASTEXITCODE");
        var lines = shell.Invoke().Select(o => o?.ToString()).ToList();

        shell.HadErrors.Should().BeFalse(string.Join("\n", shell.Streams.Error));
        lines.Last().Should().Be("0", string.Join("\n", lines));
        var run = Directory.GetDirectories(output).Should().ContainSingle().Subject;
        File.Exists(Path.Combine(run, "summary.json")).Should().BeTrue();
        File.Exists(Path.Combine(run, "junit.xml")).Should().BeTrue();
        // The repository's node_modules (npm ci) holds the Allure CLI, so the HTML report is rendered for real.
        File.Exists(Path.Combine(run, "allure-report", "index.html"))
            .Should().Be(HasAllureCli(), "the HTML report is rendered whenever the Allure CLI is installed");
    }

    private static bool HasAllureCli()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "node_modules", ".bin", "allure"))) return true;
        return false;
    }

    [Test]
    public void A_bad_tag_expression_comes_back_as_the_bad_arguments_exit_code()
    {
        var directory = TestContext.CurrentContext.TestDirectory;
        Environment.SetEnvironmentVariable("CONFORMANCE_CLI", Path.Combine(directory, "conformance.dll"));
        using var shell = HostedShell();
        shell.AddScript($"& '{Path.Combine(directory, "run-conformance.ps1")}' -Tags '(@grid' -Features '{Harness.Features}'; $LASTEXITCODE");
        shell.Invoke().Last()?.ToString().Should().Be(ExitCodes.BadArguments.ToString());
    }

    [Test]
    public void A_scenario_place_and_a_name_pattern_reach_the_cli()
    {
        var directory = TestContext.CurrentContext.TestDirectory;
        Environment.SetEnvironmentVariable("CONFORMANCE_CLI", Path.Combine(directory, "conformance.dll"));
        // Each selects nothing, so the CLI's one-line refusal shows what arrived.
        string Run(string arguments)
        {
            using var shell = HostedShell();
            shell.AddScript($"& '{Path.Combine(directory, "run-conformance.ps1")}' {arguments} -Features '{Harness.Features}'; $LASTEXITCODE");
            return string.Join("\n", shell.Invoke().Select(o => o?.ToString()));
        }

        Run("-Scenario 'features/grid/event-distribution.feature:1'").Should()
            .Contain("features/grid/event-distribution.feature:1: no scenario at line 1").And.EndWith(ExitCodes.BadArguments.ToString());
        Run("-Name 'no such scenario'").Should().Contain("--name 'no such scenario'").And.EndWith(ExitCodes.BadArguments.ToString());
    }
}
