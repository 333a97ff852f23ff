using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Evidence.Log;

namespace Conformance.Features.Bindings;

/// <summary>
/// A notification the VTN sends in another shape than openadr3.yaml's is still read by the steps that wait for it (the
/// departures are findings, <c>ConformityHooks</c>); only a body that is no notification at all does not match.
/// </summary>
public class NotificationReadingTests
{
    [Test]
    public void A_json_string_of_snake_case_json_is_read_as_the_notification_it_holds()
    {
        const string body = "\"{\\\"object_type\\\": \\\"EVENT\\\", \\\"operation\\\": \\\"CREATE\\\", " +
            "\\\"object\\\": {\\\"object_type\\\": \\\"EVENT\\\", \\\"program_id\\\": \\\"p1\\\", \\\"event_name\\\": \\\"Private-shed\\\"}}\"";

        var (objectType, operation, obj) = NotificationDriver.Read(Webhook(body));

        objectType.Should().Be("EVENT");
        operation.Should().Be("CREATE");
        NotificationDriver.Text(obj, "eventName").Should().Be("Private-shed");
    }

    [Test]
    public void A_body_that_is_no_json_does_not_match() =>
        NotificationDriver.Read(Webhook("<html>")).ObjectType.Should().BeNull();

    private static EvidenceRecord Webhook(string body) => new()
    {
        Seq = 7,
        Direction = Directions.Request,
        From = "Vtn",
        To = "Ven harness-ven-1",
        Binding = "openadr3",
        Http = new HttpDetail { Method = "POST", Target = "/callbacks/x" },
        Body = body,
    };
}
