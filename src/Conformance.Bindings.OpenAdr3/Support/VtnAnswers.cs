using Conformance.Evidence.Http;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;

namespace Conformance.Bindings.OpenAdr3.Support;

/// <summary>
/// Calls on a VTN whose answer is itself under judgement: a refusal of a valid request, no answer, or an answer in which
/// nothing can be read is the VTN failing the step (with the status and problem it sent, or the record and the rule), not a
/// fault of the harness.
/// </summary>
public static class VtnAnswers
{
    public static async Task<T> Accepted<T>(Task<T> call, string expected)
    {
        try { return await call; }
        catch (ProblemException e) { throw Judge.Fail(expected, $"the VTN answered {(int)e.StatusCode} ({e.Problem?.Title}: {e.Problem?.Detail})"); }
        catch (UnreadableAnswerException e) { throw Unreadable(expected, e); }
        catch (HttpRequestException e) { throw Judge.Fail(expected, $"the VTN could not be reached ({e.Message})"); }
        catch (TaskCanceledException) { throw Judge.Fail(expected, "the VTN did not answer in time"); }
    }

    /// <summary>The HTTP status of a call expected to be refused, or null when the VTN accepted it.</summary>
    public static async Task<int?> Refusal(Task call)
    {
        try { await call; return null; }
        catch (ProblemException e) { return (int)e.StatusCode; }
    }

    /// <summary>
    /// The fail for an answer the step judges and cannot read: the record that carries it (when the harness recorded it at
    /// its end of the wire), the JSON path and the rule (openadr3.yaml gives every answer a schema).
    /// </summary>
    public static VerdictException Unreadable(string expected, UnreadableAnswerException e)
    {
        var record = e.Request?.Options.TryGetValue(RecordingHandler.ResponseRecord, out var r) == true ? $" (evidence: {r.Summary})" : "";
        return Judge.Fail(expected, $"its answer {(int)e.StatusCode} cannot be read at {e.Deviation.Path}: {e.Deviation.Message} " +
            $"({e.Deviation.Rule}){record}");
    }
}
