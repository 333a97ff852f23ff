using System.Text.Json;
using Conformance.Evidence.Log;

namespace Conformance.Evidence.Tests;

public class EvidenceRecordTests
{
    private static readonly EvidenceRecord Created = new()
    {
        Seq = 12,
        T = 1.234567,
        Direction = "response",
        From = "Vtn",
        To = "BusinessLogic",
        Binding = "openadr3",
        CorrelationId = 11,
        Http = new HttpDetail { Method = "POST", Target = "/events", Status = 201 },
        Size = 2,
        Body = "{}",
    };

    [Test]
    public void An_http_record_reads_as_it_always_has_in_failure_messages()
    {
        Created.Summary.Should().Be("#12 t=1.234567 s POST /events (Vtn -> BusinessLogic) 201");
        (Created with { Direction = "request", From = "BusinessLogic", To = "Vtn", Http = Created.Http! with { Status = null } })
            .Summary.Should().Be("#12 t=1.234567 s POST /events (BusinessLogic -> Vtn)");
    }

    [Test]
    public void A_record_is_one_json_object_with_the_common_fields_and_its_transports_detail()
    {
        var json = JsonSerializer.Serialize(Created, EvidenceLog.JsonOptions);
        var root = JsonDocument.Parse(json).RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "seq", "t", "at", "direction", "from", "to", "transport", "binding", "correlationId", "http", "size", "body");
        root.GetProperty("transport").GetString().Should().Be("http");
        root.GetProperty("http").EnumerateObject().Select(p => p.Name).Should().Equal("method", "target", "status", "headers");
        JsonSerializer.Deserialize<EvidenceRecord>(json, EvidenceLog.JsonOptions).Should().BeEquivalentTo(Created);
    }

    [Test]
    public void A_websocket_message_reads_with_its_type_size_and_what_it_replies_to() =>
        (Created with { Http = null, WebSocket = new WebSocketDetail { MessageType = "text", MessageId = "r-1" }, From = "Rm", To = "Cem" })
            .Summary.Should().Be("#12 t=1.234567 s WebSocket text 2 bytes id r-1 (Rm -> Cem) replying to #11");
}
