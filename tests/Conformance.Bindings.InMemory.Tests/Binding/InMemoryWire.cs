using System.Text.Json;
using Conformance.Evidence.Log;

namespace Conformance.Bindings.InMemory.Tests.Binding;

/// <summary>
/// The in-memory binding's "wire": a call from one role to another is a request and a response, both appended to the
/// run's evidence before the callee sees the request and before the caller sees the answer, as a real binding does.
/// </summary>
internal sealed class InMemoryWire(EvidenceLog evidence)
{
    public const string Protocol = "in-memory";

    public EvidenceLog Evidence => evidence;

    public (EvidenceRecord Request, EvidenceRecord Response, T Answer) Call<T>(string from, string to, string operation, object? request,
        Func<T> handle)
    {
        var sent = evidence.Append(new EvidenceRecord
        {
            Direction = "request", From = from, To = to, Protocol = Protocol, Method = "CALL", Endpoint = operation,
            Body = request is null ? null : JsonSerializer.Serialize(request, EvidenceLog.JsonOptions),
        });
        var answer = handle();
        var received = evidence.Append(new EvidenceRecord
        {
            Direction = "response", From = to, To = from, Protocol = Protocol, Method = "CALL", Endpoint = operation, Status = 200,
            InResponseTo = sent.Seq, Body = JsonSerializer.Serialize(answer, EvidenceLog.JsonOptions),
        });
        return (sent, received, answer);
    }
}
