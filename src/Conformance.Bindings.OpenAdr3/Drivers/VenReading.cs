using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// A VEN's poll for an object (its collection, page by page) and its read by id, judged together: both must give the
/// object, with every field its sender wrote (targets aside: target hiding).
/// </summary>
public static class VenReading
{
    /// <param name="collection">The collection's path and word, e.g. "events": for the failure message.</param>
    /// <param name="expected">What the step expects, in the use case's words.</param>
    public static async Task<(IReadOnlyList<T> Listed, T ById)> ListAndReadAsync<T>(
        AnswerTrail trail, string venName, string collection, T sent, string id, string expected, string listing,
        Func<Task<IReadOnlyList<T>>> list, Func<T, string?> idOf, Func<Task<T>> readById) where T : class
    {
        var mark = trail.Mark();
        var listed = await VtnAnswers.Accepted(list(), $"the VTN to answer VEN '{venName}' {listing}");
        var found = listed.FirstOrDefault(o => idOf(o) == id);
        T? byId = null;
        int? refused = null;
        try { byId = await readById(); }
        catch (ProblemException e) { refused = (int)e.StatusCode; }
        if (found is null || byId is null)
            throw Judge.Fail(expected,
                $"{(found is null ? $"GET /{collection} listed {listed.Count} {collection}, not this one" : $"GET /{collection} listed it")} and " +
                $"{(byId is null ? $"GET /{collection}/{id} answered {refused}" : $"GET /{collection}/{{id}} returned it")} " +
                $"{await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
        var differences = WireComparison.Differences(sent, found, "targets").Select(d => $"listed {d}")
            .Concat(WireComparison.Differences(sent, byId, "targets").Select(d => $"by id {d}")).ToList();
        if (differences.Count > 0) throw Judge.Fail(expected,
            $"{WireComparison.Describe(differences)} {await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
        return (listed, byId);
    }
}
