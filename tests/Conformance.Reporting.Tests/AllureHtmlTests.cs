namespace Conformance.Reporting.Tests;

public class AllureHtmlTests : ReportDirectory
{
    private string Results => Path.Combine(Output, "allure-results");
    private string Html => Path.Combine(Output, "allure-report");

    /// <summary>An executable stand-in for a tool, in <paramref name="folder"/>.</summary>
    private static void FakeTool(string folder, string name, string script)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private Task<string> Render(string? searchPath, TimeSpan bound, StringWriter log) =>
        AllureHtml.RenderAsync(Results, Html, log, Path.Combine(Output, "project", "bin"), searchPath, bound, CancellationToken.None);

    [Test]
    public async Task Without_allure_the_command_that_renders_the_report_is_returned_instead_of_failing()
    {
        var log = new StringWriter();
        var result = await Render(Path.Combine(Output, "empty"), TimeSpan.FromSeconds(5), log);
        result.Should().Be($"npx allure generate {Results} -o {Html}");
        log.ToString().Should().Contain("not found").And.Contain(result);
    }

    [Test]
    public async Task Without_node_the_command_is_returned_and_node_is_named_as_missing()
    {
        Assume.That(!OperatingSystem.IsWindows(), "the stand-in tools are shell scripts");
        FakeTool(Path.Combine(Output, "node_modules", ".bin"), "allure", "exit 0");
        var log = new StringWriter();
        var result = await Render(Path.Combine(Output, "empty"), TimeSpan.FromSeconds(5), log);
        result.Should().StartWith("npx allure generate");
        log.ToString().Should().Contain("node (on PATH) not found").And.NotContain("Allure CLI");
    }

    [Test]
    public async Task The_local_allure_in_node_modules_above_the_current_folder_renders_the_report_with_its_config()
    {
        Assume.That(!OperatingSystem.IsWindows(), "the stand-in tools are shell scripts");
        var files = await Write(SampleRun.Report());
        FakeTool(Path.Combine(Output, "node_modules", ".bin"), "allure", "mkdir -p \"$4\" && echo \"$@\" > \"$4/index.html\"");
        FakeTool(Path.Combine(Output, "tools"), "node", "exit 0");
        var log = new StringWriter();
        var result = await Render(Path.Combine(Output, "tools"), TimeSpan.FromSeconds(30), log);
        result.Should().Be(Path.Combine(Html, "index.html"));
        File.ReadAllText(result).Trim().Should().Be($"generate {Results} -o {Html} --config {files.AllureConfig}");
    }

    [Test]
    public async Task An_allure_that_hangs_is_stopped_at_the_bound_and_reported()
    {
        Assume.That(!OperatingSystem.IsWindows(), "the stand-in tools are shell scripts");
        FakeTool(Path.Combine(Output, "tools"), "allure", "exec sleep 60");
        FakeTool(Path.Combine(Output, "tools"), "node", "exit 0");
        var log = new StringWriter();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await Render(Path.Combine(Output, "tools"), TimeSpan.FromMilliseconds(500), log);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        result.Should().StartWith("npx allure generate");
        log.ToString().Should().Contain("did not finish within 0.5 s");
    }

    [Test]
    public async Task A_failing_allure_is_reported_with_its_exit_code()
    {
        Assume.That(!OperatingSystem.IsWindows(), "the stand-in tools are shell scripts");
        FakeTool(Path.Combine(Output, "tools"), "allure", "echo 'no results' >&2; exit 3");
        FakeTool(Path.Combine(Output, "tools"), "node", "exit 0");
        var log = new StringWriter();
        var result = await Render(Path.Combine(Output, "tools"), TimeSpan.FromSeconds(30), log);
        result.Should().StartWith("npx allure generate");
        log.ToString().Should().Contain("allure: no results").And.Contain("exited with code 3");
    }
}
