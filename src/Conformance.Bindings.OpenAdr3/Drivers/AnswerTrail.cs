using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>Names the VTN's answers a step got by their evidence numbers, for its failure message.</summary>
public sealed class AnswerTrail(EvidenceLog evidence, ScenarioCancellation cancellation)
{
    /// <summary>A response is recorded once complete, which can be a moment after its reader has it.</summary>
    private static readonly TimeSpan RecordingLag = TimeSpan.FromSeconds(2);

    public const string BusinessLogic = "BusinessLogic";

    /// <summary>A harness VEN's role as evidence names it.</summary>
    public static string Ven(string clientId) => $"Ven {clientId}";

    /// <summary>The evidence position before a step's calls.</summary>
    public long Mark() => evidence.Snapshot().Count;

    /// <summary>"(evidence: #12 ...; #14 ...)": the VTN's last answers to <paramref name="role"/> since <paramref name="mark"/>.</summary>
    public async Task<string> SinceAsync(long mark, string role)
    {
        await evidence.WaitForAsync(r => r.IsVtnAnswer(role), mark, RecordingLag, cancellation.Token);
        var answers = evidence.Snapshot().Where(r => r.Seq > mark && r.IsVtnAnswer(role)).TakeLast(4).Select(r => r.Summary).ToList();
        return answers.Count == 0 ? "(no answer to it in the evidence)" : $"(evidence: {string.Join("; ", answers)})";
    }
}
