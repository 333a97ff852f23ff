using System.Text.Json;
using Conformance.Evidence.Log;

namespace Conformance.Bindings.OpenAdr3.Recording;

/// <summary>
/// The VEN's exchanges with the VTN in one line, with the VTN's answers: a failure about a VEN under test shows what it was
/// told (401, 400 with their problem), not only what it asked, e.g. "GET /events 12 times (#40..#88), every one answered 401
/// (#41: Unauthorized: invalid token)".
/// </summary>
public static class VenExchanges
{
    /// <summary>Null when the VEN sent nothing among <paramref name="records"/>.</summary>
    public static string? Describe(IEnumerable<EvidenceRecord> records, string role = OpenAdrEvidence.Ven)
    {
        var list = records.ToList();
        var requests = list.Where(r => r is { Direction: Directions.Request, Http: not null } && r.From == role && r.To == OpenAdrEvidence.Vtn)
            .ToList();
        if (requests.Count == 0) return null;
        var answers = list.Where(r => r is { Direction: Directions.Response, CorrelationId: not null })
            .GroupBy(r => r.CorrelationId!.Value).ToDictionary(g => g.Key, g => g.First());
        var groups = requests.GroupBy(r => $"{r.Http!.Method} {Resource(r.Http.Path)}")
            .Select(g => Describe(g.Key, [.. g], answers)).ToList();
        var refusedTokens = requests.Any(r => answers.TryGetValue(r.Seq, out var a) && a.Http?.Status == 401);
        return $"the VEN's requests to the VTN and its answers: {string.Join("; ", groups)}" + (refusedTokens
            ? " (401: the VTN did not take its token; a VEN kept running from an earlier run holds a token of that run's VTN, unless "
                + "openadr3.harness.tokenKeyFile keeps the signing key across runs)"
            : "");
    }

    private static string Describe(string operation, IReadOnlyList<EvidenceRecord> requests, Dictionary<long, EvidenceRecord> answers)
    {
        var head = requests.Count == 1
            ? $"{operation} once (#{requests[0].Seq})"
            : $"{operation} {requests.Count} times (#{requests[0].Seq}..#{requests[^1].Seq})";
        var byStatus = requests.Select(r => answers.GetValueOrDefault(r.Seq)).GroupBy(a => a?.Http?.Status).ToList();
        if (byStatus.Count == 1)
            return $"{head}, {(requests.Count == 1 ? "" : "every one ")}{Answered(byStatus[0].Key, byStatus[0].First())}";
        return $"{head}, {string.Join(", ", byStatus.Select(g => $"{g.Count()} {Answered(g.Key, g.First())}"))}";
    }

    private static string Answered(int? status, EvidenceRecord? example) => status is null || example is null
        ? "without an answer"
        : $"answered {status} (#{example.Seq}{(Problem(example) is { } problem ? $": {problem}" : "")})";

    /// <summary>An error answer's problem (title and detail), or the start of its body.</summary>
    public static string? Problem(EvidenceRecord answer)
    {
        if (answer.Http?.Status is not >= 400 || string.IsNullOrWhiteSpace(answer.Body)) return null;
        try
        {
            using var body = JsonDocument.Parse(answer.Body);
            if (body.RootElement.ValueKind == JsonValueKind.Object)
            {
                var parts = new[] { "title", "detail", "error_description" }
                    .Select(name => body.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                    .Where(text => !string.IsNullOrWhiteSpace(text)).ToList();
                if (parts.Count > 0) return string.Join(": ", parts);
            }
        }
        catch (JsonException) { }
        return answer.Body.Length <= 80 ? answer.Body : answer.Body[..80] + "…";
    }

    /// <summary>The collection a path names ("/events" for /events/{id}; "/auth/token").</summary>
    private static string Resource(string path)
    {
        var segments = path.Trim('/').Split('/');
        return "/" + (segments[0] == "auth" ? string.Join('/', segments.Take(2)) : segments[0]);
    }
}
