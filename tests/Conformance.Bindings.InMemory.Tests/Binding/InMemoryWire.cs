using System.Text;
using System.Text.Json;
using Conformance.Evidence.Log;

namespace Conformance.Bindings.InMemory.Tests.Binding;

/// <summary>
/// The in-memory binding's "wire": a call from one role to another is a request and a response, both appended to the
/// run's evidence before the callee sees the request and before the caller sees the answer, as a real binding does.
/// </summary>
internal sealed class InMemoryWire(EvidenceLog evidence)
{
    /// <summary>The binding's name in evidence. Its records carry no transport detail: the operation is in the body.</summary>
    public const string Binding = "in-memory";

    public EvidenceLog Evidence => evidence;

    public (EvidenceRecord Request, EvidenceRecord Response, T Answer) Call<T>(string from, string to, string operation, object? request,
        Func<T> handle)
    {
        var sent = evidence.Append(Record(Directions.Request, from, to, operation, request, correlationId: null));
        var answer = handle();
        var received = evidence.Append(Record(Directions.Response, to, from, operation, answer, sent.Seq));
        return (sent, received, answer);
    }

    /// <summary>Whether a record is a message of that operation.</summary>
    public static bool Is(EvidenceRecord record, string operation) =>
        (record.Body ?? "").StartsWith($"{{\"operation\":\"{operation}\"", StringComparison.Ordinal);

    private static EvidenceRecord Record(string direction, string from, string to, string operation, object? content, long? correlationId)
    {
        var body = JsonSerializer.Serialize(new { operation, content }, EvidenceLog.JsonOptions);
        return new EvidenceRecord
        {
            Direction = direction,
            From = from,
            To = to,
            Binding = Binding,
            CorrelationId = correlationId,
            Size = Encoding.UTF8.GetByteCount(body),
            Body = body,
        };
    }
}
