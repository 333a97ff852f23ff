namespace Conformance.Reporting.Tests;

/// <summary>A fresh temporary folder per test, removed afterwards.</summary>
public abstract class ReportDirectory
{
    protected string Output { get; private set; } = "";

    [SetUp]
    public void CreateOutput() => Output = Directory.CreateTempSubdirectory("reporting-tests-").FullName;

    [TearDown]
    public void RemoveOutput() => Directory.Delete(Output, recursive: true);

    protected Task<ReportFiles> Write(RunReport report) => ReportWriter.WriteAsync(report, Output, CancellationToken.None);
}
