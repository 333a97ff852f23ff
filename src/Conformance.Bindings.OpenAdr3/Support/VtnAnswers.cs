using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;

namespace Conformance.Bindings.OpenAdr3.Support;

/// <summary>
/// Calls on a VTN whose answer is itself under judgement: a refusal of a valid request, or no answer, is the VTN
/// failing the step (with the status and problem it sent), not a fault of the harness.
/// </summary>
public static class VtnAnswers
{
    public static async Task<T> Accepted<T>(Task<T> call, string expected)
    {
        try { return await call; }
        catch (ProblemException e) { throw Judge.Fail(expected, $"the VTN answered {(int)e.StatusCode} ({e.Problem?.Title}: {e.Problem?.Detail})"); }
        catch (HttpRequestException e) { throw Judge.Fail(expected, $"the VTN could not be reached ({e.Message})"); }
        catch (TaskCanceledException) { throw Judge.Fail(expected, "the VTN did not answer in time"); }
    }

    /// <summary>The HTTP status of a call expected to be refused, or null when the VTN accepted it.</summary>
    public static async Task<int?> Refusal(Task call)
    {
        try { await call; return null; }
        catch (ProblemException e) { return (int)e.StatusCode; }
    }
}
