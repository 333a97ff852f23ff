using System.Text.Json;

namespace Conformance.Reporting.Allure;

/// <summary>
/// allurerc.json beside allure-results. Allure 3's default report takes its categories from this configuration,
/// not from categories.json (which only Allure 2 and Allure 3's classic view read), so both carry the same groups.
/// </summary>
internal static class AllureConfig
{
    public const string FileName = "allurerc.json";

    /// <summary>The configuration that belongs to an allure-results folder, if it was written.</summary>
    public static string? Beside(string resultsDirectory)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(resultsDirectory)) ?? "", FileName);
        return File.Exists(path) ? path : null;
    }

    public static async Task WriteAsync(RunReport report, string path, CancellationToken ct)
    {
        var config = new { name = $"IEC 62746 conformance run {report.RunId}", categories = AllureCategories.All };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, config, AllureResultsWriter.Json, ct);
    }
}
