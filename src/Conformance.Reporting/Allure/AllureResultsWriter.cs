using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Evidence.Log;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.Allure;

/// <summary>
/// Writes allure-results/: one result per scenario with its evidence excerpt and output as attachments, and
/// environment.properties and categories.json for the run.
/// </summary>
internal static class AllureResultsWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(RunReport report, string directory, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var evidence = report.Evidence.ToLookup(r => r.Scenario);
        for (var i = 0; i < report.Scenarios.Count; i++)
        {
            var result = report.Scenarios[i];
            // The index keeps two results apart even if a scenario ran twice in one run.
            var uuid = StableId.Uuid($"{report.RunId}\n{i}\n{result.Scenario.Id}");
            var attachments = await WriteAttachmentsAsync(directory, uuid, result, evidence[result.Scenario.Id], ct);
            var allure = AllureScenario.Build(report, result, uuid, attachments);
            await WriteJsonAsync(Path.Combine(directory, $"{uuid}-result.json"), allure, ct);
        }
        await File.WriteAllTextAsync(Path.Combine(directory, "environment.properties"), AllureEnvironment.Properties(report), Encoding.ASCII, ct);
        await WriteJsonAsync(Path.Combine(directory, "categories.json"), AllureCategories.All, ct);
    }

    private static async Task<List<AllureAttachment>> WriteAttachmentsAsync(
        string directory, string uuid, ScenarioResult result, IEnumerable<EvidenceRecord> records, CancellationToken ct)
    {
        var attachments = new List<AllureAttachment>();
        // The same JSON lines as evidence.jsonl, so the excerpt can be checked against the run's log line by line.
        var lines = records.Select(r => JsonSerializer.Serialize(r, EvidenceLog.JsonOptions)).ToList();
        if (lines.Count > 0)
        {
            var source = $"{uuid}-attachment.ndjson";
            await File.WriteAllLinesAsync(Path.Combine(directory, source), lines, ct);
            attachments.Add(new AllureAttachment("evidence", source, "application/x-ndjson"));
        }
        if (result.Output.Length > 0)
        {
            var source = $"{uuid}-attachment.txt";
            await File.WriteAllTextAsync(Path.Combine(directory, source), result.Output, ct);
            attachments.Add(new AllureAttachment("output", source, "text/plain"));
        }
        return attachments;
    }

    private static async Task WriteJsonAsync<T>(string path, T value, CancellationToken ct)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, value, Json, ct);
    }
}
