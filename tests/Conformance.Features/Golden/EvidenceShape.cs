using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Conformance.Evidence.Log;

namespace Conformance.Features.Golden;

/// <summary>
/// The shape of a run's evidence, without what changes from run to run, so that it can be compared with a reviewed
/// file. Per record: direction, from, to, transport, binding, detail kind, and the detail's method, target template
/// and status (HTTP), packet type, topic template, QoS and reason code (MQTT) or message type (WebSocket). Left out or
/// normalised: times, sequence numbers, ids and other volatile values in paths and queries ("{id}"), ports, tokens,
/// bodies and headers. Ordering across parties depends on timing, so records are grouped in lanes (one per pair of
/// roles and transport, sorted), each lane in its own order; within a lane an HTTP request still unanswered when
/// the evidence was taken is left out, a run of repeated exchanges (polling) is written once, and exchanges at the
/// end of a lane that repeat earlier ones (a poll that fitted in before the scenario ended) are left out.
/// </summary>
public static partial class EvidenceShape
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One record's shape, as a line of the golden file.</summary>
    public sealed record Line(
        string Lane, string Direction, string From, string To, string Transport, string Binding, string Detail,
        string? Method = null, string? Target = null, int? Status = null,
        string? PacketType = null, string? Topic = null, int? Qos = null, int? ReasonCode = null,
        string? MessageType = null);

    /// <summary>The golden file's lines for <paramref name="records"/>: one JSON object per record, lane after lane.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<EvidenceRecord> records)
    {
        var answered = records.Where(r => r.CorrelationId is not null).Select(r => r.CorrelationId!.Value).ToHashSet();
        var kept = records.Where(r => !(r is { Direction: Directions.Request, Http: not null } && !answered.Contains(r.Seq))).ToList();
        var lines = new List<string>();
        foreach (var lane in kept.GroupBy(Lane).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var exchanges = Exchanges(lane.ToList());
            foreach (var exchange in WithoutTrailingRepeats(Collapse(exchanges)))
                lines.AddRange(exchange);
        }
        return lines;
    }

    /// <summary>A line-by-line diff ("- " expected only, "+ " actual only, "  " both), or null when equal.</summary>
    public static string? Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.SequenceEqual(actual)) return null;
        var lcs = new int[expected.Count + 1, actual.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
            for (var j = actual.Count - 1; j >= 0; j--)
                lcs[i, j] = expected[i] == actual[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var diff = new List<string>();
        int x = 0, y = 0;
        while (x < expected.Count || y < actual.Count)
        {
            if (x < expected.Count && y < actual.Count && expected[x] == actual[y]) { diff.Add($"  {expected[x++]}"); y++; }
            else if (y < actual.Count && (x == expected.Count || lcs[x, y + 1] >= lcs[x + 1, y])) diff.Add($"+ {actual[y++]}");
            else diff.Add($"- {expected[x++]}");
        }
        return string.Join(Environment.NewLine, diff);
    }

    /// <summary>A target with the volatile parts of its path and query replaced: "/events/{id}?eventID={id}".</summary>
    public static string Template(string target)
    {
        var q = target.IndexOf('?');
        var path = string.Join('/', (q < 0 ? target : target[..q]).Split('/').Select(Segment));
        if (q < 0) return path;
        var query = target[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.IndexOf('=') is var eq and >= 0 ? $"{p[..eq]}={Segment(Uri.UnescapeDataString(p[(eq + 1)..]))}" : p);
        return $"{path}?{string.Join('&', query)}";
    }

    /// <summary>
    /// An id (a GUID, a long run of hex or digits, a value with digits among letters) becomes "{id}"; words and small
    /// numbers stay.
    /// </summary>
    private static string Segment(string segment) =>
        Guid.TryParse(segment, out _) || VolatileId().IsMatch(segment) ? "{id}" : segment;

    [GeneratedRegex(@"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{8,}$|^\d{5,}$|^[0-9a-fA-F]{16,}$")]
    private static partial Regex VolatileId();

    /// <summary>The pair of roles and the transport: one party's conversation with another, in its own order.</summary>
    private static string Lane(EvidenceRecord r) =>
        $"{string.Join(" <-> ", new[] { r.From, r.To }.Order(StringComparer.Ordinal))} ({r.Transport})";

    /// <summary>Records grouped into exchanges: a record and the answers that name it, in the lane's order.</summary>
    private static List<List<string>> Exchanges(List<EvidenceRecord> lane)
    {
        var bySeq = new Dictionary<long, List<string>>();
        var exchanges = new List<List<string>>();
        foreach (var r in lane)
        {
            var line = JsonSerializer.Serialize(Shape(r), Json);
            if (r.CorrelationId is { } c && bySeq.TryGetValue(c, out var exchange)) exchange.Add(line);
            else exchanges.Add(bySeq[r.Seq] = [line]);
        }
        return exchanges;
    }

    /// <summary>Consecutive repetitions of one exchange, or of a cycle of up to three, written once.</summary>
    private static List<List<string>> Collapse(List<List<string>> exchanges)
    {
        var keys = exchanges.Select(e => string.Join("\n", e)).ToList();
        var result = new List<int>();
        for (var i = 0; i < keys.Count;)
        {
            var skipped = false;
            for (var k = 1; k <= 3 && !skipped; k++)
                if (result.Count >= k && i + k <= keys.Count && Enumerable.Range(0, k).All(n => keys[result[result.Count - k + n]] == keys[i + n]))
                {
                    i += k;
                    skipped = true;
                }
            if (!skipped) result.Add(i++);
        }
        return [.. result.Select(i => exchanges[i])];
    }

    private static List<List<string>> WithoutTrailingRepeats(List<List<string>> exchanges)
    {
        var keys = exchanges.Select(e => string.Join("\n", e)).ToList();
        var end = keys.Count;
        while (end > 1 && keys.Take(end - 1).Contains(keys[end - 1])) end--;
        return exchanges.Take(end).ToList();
    }

    private static Line Shape(EvidenceRecord r)
    {
        var detail = r.Http is not null ? "http" : r.Mqtt is not null ? "mqtt" : r.WebSocket is not null ? "websocket" : "none";
        var line = new Line(Lane(r), r.Direction, r.From, r.To, r.Transport, r.Binding, detail);
        return r switch
        {
            { Http: { } http } => line with { Method = http.Method, Target = Template(http.Target), Status = http.Status },
            { Mqtt: { } mqtt } => line with
            {
                PacketType = mqtt.PacketType,
                Topic = mqtt.Topic is { } t ? Template(t) : null,
                Qos = mqtt.Qos,
                ReasonCode = mqtt.ReasonCode,
            },
            { WebSocket: { } ws } => line with { MessageType = ws.MessageType },
            _ => line,
        };
    }
}
