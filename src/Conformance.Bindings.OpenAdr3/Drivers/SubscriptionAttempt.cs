using Conformance.Evidence.Log;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// A subscription the harness asked for to judge the VTN's callback checks: its callback URL, how that callback answered
/// the echo challenge, the request and the VTN's answer as recorded (null when it did not answer in time), and the GET
/// requests the VTN sent that subscriber's webhook receiver in between.
/// </summary>
public sealed record SubscriptionAttempt(
    Subscriber Subscriber, Uri Callback, EchoAnswer Answer, EvidenceRecord Request, EvidenceRecord? Answered,
    IReadOnlyList<EvidenceRecord> Challenges)
{
    /// <summary>Whether the VTN allowed the subscription (a 2xx answer).</summary>
    public bool Accepted => Answered?.Http?.Status is >= 200 and < 300;

    /// <summary>The challenges sent to this attempt's callback URL itself, with an echo value.</summary>
    public IEnumerable<(EvidenceRecord Record, string Echo)> EchoesToTheCallback => Challenges
        .Where(r => r.Http!.Path == Callback.AbsolutePath)
        .Select(r => (r, Echo(r.Http!.Query)))
        .Where(c => c.Item2 is { Length: > 0 })
        .Select(c => (c.r, c.Item2!));

    private static string? Echo(string query) => query.TrimStart('?').Split('&')
        .Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == "echo").Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();
}
