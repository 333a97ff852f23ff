using Conformance.Evidence.Log;

namespace Conformance.Features.Golden;

public class EvidenceShapeTests
{
    private static long _seq;

    private static EvidenceRecord Http(
        string direction, string from, string to, string method, string target, int? status = null, long? answers = null) => new()
        {
            Seq = ++_seq,
            Direction = direction,
            From = from,
            To = to,
            Binding = "openadr3",
            CorrelationId = answers,
            Http = new HttpDetail { Method = method, Target = target, Status = status },
        };

    private static IEnumerable<EvidenceRecord> Poll(string target = "/events?skip=0")
    {
        var request = Http("request", "Ven", "Vtn", "GET", target);
        return [request, Http("response", "Vtn", "Ven", "GET", target, 200, request.Seq)];
    }

    [Test]
    public void Polling_repetitions_and_ids_do_not_change_the_shape()
    {
        var report = Http("request", "Ven", "Vtn", "POST", "/reports");
        var twice = EvidenceShape.Of([.. Poll(), .. Poll("/events/3f2a9c1e7b?skip=0"), report,
            Http("response", "Vtn", "Ven", "POST", "/reports", 201, report.Seq), .. Poll()]);
        report = Http("request", "Ven", "Vtn", "POST", "/reports");
        var once = EvidenceShape.Of([.. Poll(), report, Http("response", "Vtn", "Ven", "POST", "/reports", 201, report.Seq)]);

        EvidenceShape.Template("/events/3f2a9c1e7b?skip=0&eventID=0b7e1c9a2f").Should().Be("/events/{id}?skip=0&eventID={id}");
        twice.Should().HaveCount(6).And.Contain(l => l.Contains("\"target\":\"/events/{id}?skip=0\""));
        once.Should().HaveCount(4);
        EvidenceShape.Diff(once, once).Should().BeNull();
    }

    [Test]
    public void An_unanswered_request_at_the_end_is_left_out_and_a_difference_reads_as_a_diff()
    {
        var token = Http("request", "Ven", "Vtn", "POST", "/auth/token");
        var shape = EvidenceShape.Of(
            [token, Http("response", "Vtn", "Ven", "POST", "/auth/token", 200, token.Seq), Http("request", "Ven", "Vtn", "GET", "/vens")]);
        shape.Should().HaveCount(2);
        var changed = shape.Select(l => l.Replace("\"status\":200", "\"status\":401")).ToList();
        EvidenceShape.Diff(shape, changed).Should().Contain("- ").And.Contain("+ ").And.Contain("\"status\":401");
    }
}
