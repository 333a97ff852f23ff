using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;

namespace Conformance.Bindings.OpenAdr3.Tests;

/// <summary>
/// A failure about a VEN under test shows what the VTN answered it, summed up per operation: how often it asked, and what
/// came back, with the problem the VTN gave.
/// </summary>
public class VenExchangesTests
{
    private readonly List<EvidenceRecord> _records = [];

    [SetUp]
    public void Clear() => _records.Clear();

    private EvidenceRecord Request(string method, string target) => Add(new EvidenceRecord
    {
        Direction = Directions.Request,
        From = OpenAdrEvidence.Ven,
        To = OpenAdrEvidence.Vtn,
        Binding = OpenAdrEvidence.Binding,
        Http = new HttpDetail { Method = method, Target = target },
    });

    private void Answer(EvidenceRecord request, int status, string? body = null) => Add(new EvidenceRecord
    {
        Direction = Directions.Response,
        From = OpenAdrEvidence.Vtn,
        To = OpenAdrEvidence.Ven,
        Binding = OpenAdrEvidence.Binding,
        CorrelationId = request.Seq,
        Http = new HttpDetail { Method = request.Http!.Method, Target = request.Http.Target, Status = status },
        Body = body,
    });

    private EvidenceRecord Add(EvidenceRecord record)
    {
        var numbered = record with { Seq = _records.Count + 1 };
        _records.Add(numbered);
        return numbered;
    }

    [Test]
    public void Polls_refused_with_401_are_summed_up_with_the_problem_and_the_reason_a_kept_ven_gets_them()
    {
        for (var i = 0; i < 3; i++)
            Answer(Request("GET", "/events?skip=0"), 401, """{"title":"Unauthorized","detail":"invalid token"}""");

        VenExchanges.Describe(_records).Should().StartWith(
            "the VEN's requests to the VTN and its answers: GET /events 3 times (#1..#5), every one answered 401 (#2: Unauthorized: invalid token)")
            .And.Contain("openadr3.harness.tokenKeyFile");
    }

    [Test]
    public void Mixed_answers_are_counted_per_status_and_an_unanswered_request_is_named()
    {
        Answer(Request("POST", "/auth/token"), 200);
        Answer(Request("POST", "/reports"), 400, """{"title":"Bad Request","detail":"clientName: required"}""");
        Answer(Request("POST", "/reports"), 201);
        Request("GET", "/events/42");

        VenExchanges.Describe(_records).Should().Be("the VEN's requests to the VTN and its answers: POST /auth/token once (#1), answered 200 (#2); " +
            "POST /reports 2 times (#3..#5), 1 answered 400 (#4: Bad Request: clientName: required), 1 answered 201 (#6); " +
            "GET /events once (#7), without an answer");
    }

    [Test]
    public void Nothing_from_the_ven_is_no_account() => VenExchanges.Describe(_records).Should().BeNull();
}
