using Conformance.OpenAdr3.Wire;

using WireVen = Conformance.OpenAdr3.Wire.Ven;

namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>What a peer sends in another shape than the YAML's is read as best it can be, and each bend is named.</summary>
public class LenientJsonTests
{
    [Test]
    public void A_conforming_ven_is_read_with_no_deviation()
    {
        var ven = LenientJson.Read<WireVen>("""{"objectType": "VEN", "venName": "v", "targets": ["group-a"]}""", out var deviations);

        ven!.Targets.Should().Equal("group-a");
        deviations.Should().BeEmpty();
    }

    [Test]
    public void A_non_string_target_is_read_as_its_json_text()
    {
        var vens = LenientJson.Read<IReadOnlyList<WireVen>>("""[{"venName": "v", "targets": ["group-a", {"type": "GROUP", "values": ["g"]}]}]""",
            out var deviations);

        vens![0].Targets.Should().Equal("group-a", """{"type":"GROUP","values":["g"]}""");
        deviations.Should().ContainSingle().Which.Should().Match<WireDeviation>(d =>
            d.Path == "$[0].targets[1]" && d.Rule == "openadr3.yaml ven.targets[]: string");
    }

    [Test]
    public void A_notification_sent_as_a_json_string_of_snake_case_json_is_read_as_its_object()
    {
        const string body = "\"{\\\"object_type\\\": \\\"EVENT\\\", \\\"operation\\\": \\\"CREATE\\\", " +
            "\\\"object\\\": {\\\"object_type\\\": \\\"EVENT\\\", \\\"program_id\\\": \\\"p1\\\", \\\"event_name\\\": \\\"e\\\"}}\"";

        var notification = LenientJson.Read<Notification>(body, out var deviations);

        notification!.ObjectType.Should().Be("EVENT");
        notification.Object.Should().BeOfType<Event>().Which.ProgramId.Should().Be("p1");
        deviations.Select(d => d.Path).Should().Equal("$", "$.object_type", "$.object.object_type", "$.object.program_id", "$.object.event_name");
    }

    [Test]
    public void A_body_that_is_not_json_cannot_be_read() =>
        FluentActions.Invoking(() => LenientJson.Read<WireVen>("<html>", out _)).Should().Throw<System.Text.Json.JsonException>();
}
