using Conformance.Bindings.OpenAdr3.Conformity;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>
/// The shape of the VTN's answers, judged once per shape against openadr3.yaml (features/openadr3/answers.feature): the
/// answer is the evidence record of the exchange the step made, so the judgement is the record's, whatever the client read.
/// </summary>
[Binding]
public sealed class AnswersSteps(GridDomain grid, GroupingDriver grouping, EvidenceLog evidence, ScenarioCancellation cancellation)
{
    private const string DateTimeExpected = "DateTimeExpected";

    /// <summary>A response is recorded once complete, which can be a moment after its reader has it.</summary>
    private static readonly TimeSpan RecordingLag = TimeSpan.FromSeconds(2);

    private EvidenceRecord? _answer;

    [When("VEN {string} requests a token from the VTN")]
    public async Task AVenRequestsAToken(string venName)
    {
        var mark = evidence.Snapshot().Count;
        try
        {
            await OpenAdrClient.ConnectAsync(grid.NewVtnHttp(venName), venName, grid.HarnessVenSecret(venName), cancellation.Token);
        }
        catch (ProblemException e)
        {
            throw Judge.Fail($"the VTN to issue VEN '{venName}' a token", $"it answered {(int)e.StatusCode} ({e.Problem?.Detail ?? e.Body})");
        }
        catch (UnreadableAnswerException)
        {
            // Judged by the next step, from the record.
        }
        _answer = await AnswerAsync(mark, AnswerTrail.Ven(venName), "POST", $"VEN '{venName}''s token request");
    }

    [When("the business logic reads the ven object of VEN {string}")]
    public async Task TheBusinessLogicReadsTheVen(string venName)
    {
        var ven = await grouping.VenAsSeenByBusinessLogicAsync(venName);
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var mark = evidence.Snapshot().Count;
        try { await bl.GetVenAsync(ven.Id!, cancellation.Token); }
        catch (UnreadableAnswerException)
        {
            // Judged by the next step, from the record.
        }
        catch (ProblemException e)
        {
            throw Judge.Fail($"the VTN to give the business logic the ven object of '{venName}' (GET /vens/{ven.Id})",
                $"it answered {(int)e.StatusCode} ({e.Problem?.Detail ?? e.Body})");
        }
        _answer = await AnswerAsync(mark, AnswerTrail.BusinessLogic, "GET", $"the business logic's GET /vens/{ven.Id}");
    }

    [When("VEN {string} reads a ven object that does not exist")]
    public async Task AVenReadsAMissingVen(string venName)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var mark = evidence.Snapshot().Count;
        var missing = Guid.NewGuid().ToString("N");
        var returned = await GroupingDriver.RevealsAsync(client.GetVenAsync(missing, cancellation.Token), _ => true);
        _answer = await AnswerAsync(mark, AnswerTrail.Ven(venName), "GET", $"VEN '{venName}''s GET /vens/{missing}");
        if (returned)
            throw Judge.Fail($"the VTN to refuse VEN '{venName}' the ven object {missing}, which no one created",
                $"it returned one (evidence: {_answer.Summary})");
    }

    [Then("the VTN's answer has the shape openadr3.yaml gives it, timestamps aside")]
    public Task TheAnswerHasItsShape() => JudgeAsync("to have the shape openadr3.yaml gives it", v => !v.Rule.EndsWith(DateTimeExpected));

    [Then("every timestamp in the VTN's answer is an RFC 3339 date-time")]
    public Task TheTimestampsAreRfc3339() =>
        JudgeAsync("to give every timestamp as an RFC 3339 date-time (openadr3.yaml dateTime: \"datetime in RFC 3339 format\")",
            v => v.Rule.EndsWith(DateTimeExpected));

    [Then("the VTN's answer is a problem as openadr3.yaml defines it")]
    public Task TheAnswerIsAProblem() => JudgeAsync("to be openadr3.yaml's problem for a status its operation lists", _ => true);

    /// <summary>Fails with every departure of the answer that <paramref name="judged"/> selects: its path, what came and the rule.</summary>
    private async Task JudgeAsync(string expected, Func<SpecViolation, bool> judged)
    {
        var answer = _answer ?? throw new InvalidOperationException("no answer of the VTN was taken in this scenario; a When step must take one");
        var http = answer.Http!;
        var violations = new AnswerCheck(await OpenAdrSpec.LoadAsync())
            .Check(http.Method, http.Path, http.Status ?? 0, MediaType(http), answer.Body ?? "")
            .Where(judged).ToList();
        if (violations.Count > 0)
            throw Judge.Fail($"the VTN's answer {answer.Summary} {expected}",
                string.Join("; ", violations.Select(v =>
                    $"#{answer.Seq} {(v.JsonPath.Length == 0 ? "" : v.JsonPath + ": ")}{v.Message} ({v.Rule})")));
    }

    private async Task<EvidenceRecord> AnswerAsync(long mark, string role, string method, string what) =>
        await evidence.WaitForAsync(r => r.IsVtnAnswer(role) && r.Http!.Method == method, mark, RecordingLag, cancellation.Token)
        ?? throw Judge.Fail($"the VTN to answer {what}", "no answer is in the evidence");

    private static string? MediaType(HttpDetail http) =>
        http.Headers?.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.Split(';')[0].Trim();
}
