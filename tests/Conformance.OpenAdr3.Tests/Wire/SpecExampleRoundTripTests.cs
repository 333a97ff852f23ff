namespace Conformance.OpenAdr3.Tests.WireTests;

using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.OpenAdr3.Wire;

public class SpecExampleRoundTripTests
{
    private static IEnumerable<TestCaseData> Examples()
    {
        yield return Case<Program>(nameof(SpecExamples.MinimalProgramRequest), SpecExamples.MinimalProgramRequest);
        yield return Case<Program>(nameof(SpecExamples.MinimalProgram), SpecExamples.MinimalProgram);
        yield return Case<Program>(nameof(SpecExamples.YamlFieldExamplesProgram), SpecExamples.YamlFieldExamplesProgram);
        yield return Case<Event>(nameof(SpecExamples.MinimalEventRequest), SpecExamples.MinimalEventRequest);
        yield return Case<Event>(nameof(SpecExamples.MinimalEvent), SpecExamples.MinimalEvent);
        yield return Case<Event>(nameof(SpecExamples.MultiPriceEventRequest), SpecExamples.MultiPriceEventRequest);
        yield return Case<Event>(nameof(SpecExamples.VariableIntervalsEventRequest), SpecExamples.VariableIntervalsEventRequest);
        yield return Case<Event>(nameof(SpecExamples.SimpleEventRequest), SpecExamples.SimpleEventRequest);
        yield return Case<Event>(nameof(SpecExamples.TargetedEventRequest), SpecExamples.TargetedEventRequest);
        yield return Case<Ven>(nameof(SpecExamples.BlVenRequest), SpecExamples.BlVenRequest);
        yield return Case<Report>(nameof(SpecExamples.MinimalReportRequest), SpecExamples.MinimalReportRequest);
        yield return Case<Resource>(nameof(SpecExamples.BlResourceRequest), SpecExamples.BlResourceRequest);
        yield return Case<Subscription>(nameof(SpecExamples.SubscriptionRequest), SpecExamples.SubscriptionRequest);
    }

    /// <summary>Answers of the VTN: they round-trip, but have no request rules to check.</summary>
    private static IEnumerable<TestCaseData> Answers()
    {
        yield return Case<Resource>(nameof(SpecExamples.Resource), SpecExamples.Resource);
        yield return Case<NotifiersResponse>(nameof(SpecExamples.Notifiers), SpecExamples.Notifiers);
        yield return Case<NotifiersResponse>(nameof(SpecExamples.OAuth2Notifiers), SpecExamples.OAuth2Notifiers);
        yield return Case<NotifierTopicsResponse>(nameof(SpecExamples.ProgramsTopics), SpecExamples.ProgramsTopics);
    }

    private static TestCaseData Case<T>(string name, string json) => new TestCaseData(typeof(T), json).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Examples))]
    [TestCaseSource(nameof(Answers))]
    public void Spec_example_survives_a_round_trip_unchanged(Type type, string json)
    {
        var parsed = JsonSerializer.Deserialize(json, type, OpenAdrJson.Options);
        var written = JsonSerializer.Serialize(parsed, type, OpenAdrJson.Options);

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)).Should().BeTrue($"written was {written}");
    }

    [TestCaseSource(nameof(Examples))]
    public void Spec_example_is_valid(Type type, string json)
    {
        var parsed = (IValidatable)JsonSerializer.Deserialize(json, type, OpenAdrJson.Options)!;

        parsed.Validate().Should().BeEmpty();
    }

    [Test]
    public void Program_payload_descriptors_are_read_by_their_objectType()
    {
        var program = JsonSerializer.Deserialize<Program>(SpecExamples.YamlFieldExamplesProgram, OpenAdrJson.Options)!;

        program.PayloadDescriptors.Should().SatisfyRespectively(
            first => first.Should().BeOfType<EventPayloadDescriptor>().Which.Currency.Should().Be("USD"),
            second => second.Should().BeOfType<ReportPayloadDescriptor>().Which.Confidence.Should().Be(100));
    }

    [Test]
    public void Unknown_properties_and_missing_fields_do_not_stop_a_read()
    {
        var program = JsonSerializer.Deserialize<Program>("""{"vendorExtension": {"a": 1}}""", OpenAdrJson.Options)!;

        program.ProgramName.Should().BeNull();
        program.Validate().Should().ContainSingle().Which.Field.Should().Be("programName");
    }
}
