using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Bindings.OpenAdr3.Conformity;
using Conformance.OpenAdr3.Tests.Spec;
using Conformance.OpenAdr3.Wire;
using NJsonSchema;

namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>Each object schema of openadr3.yaml, assembled from its field examples, reads into its wire type and writes back equal.</summary>
public class YamlExampleTests
{
    /// <summary>The wire type of each object schema; a request and its server representation share one.</summary>
    private static readonly Dictionary<string, Type> WireTypes = new()
    {
        ["program"] = typeof(Program),
        ["programRequest"] = typeof(Program),
        ["event"] = typeof(Event),
        ["eventRequest"] = typeof(Event),
        ["report"] = typeof(Report),
        ["reportRequest"] = typeof(Report),
        ["subscription"] = typeof(Subscription),
        ["subscriptionRequest"] = typeof(Subscription),
        ["ven"] = typeof(Wire.Ven),
        ["BlVenRequest"] = typeof(Wire.Ven),
        ["VenVenRequest"] = typeof(Wire.Ven),
        ["resource"] = typeof(Resource),
        ["BlResourceRequest"] = typeof(Resource),
        ["VenResourceRequest"] = typeof(Resource),
        ["interval"] = typeof(Interval),
        ["intervalPeriod"] = typeof(IntervalPeriod),
        ["valuesMap"] = typeof(ValuesMap),
        ["eventPayloadDescriptor"] = typeof(EventPayloadDescriptor),
        ["reportPayloadDescriptor"] = typeof(ReportPayloadDescriptor),
        ["reportDescriptor"] = typeof(ReportDescriptor),
        ["problem"] = typeof(Problem),
        ["clientCredentialRequest"] = typeof(ClientCredentialRequest),
        ["clientCredentialResponse"] = typeof(TokenResponse),
        ["authServerInfo"] = typeof(AuthServerInfo),
        ["notifiersResponse"] = typeof(NotifiersResponse),
        ["mqttNotifierBindingObject"] = typeof(MqttNotifierBinding),
        ["mqttNotifierAuthenticationAnonymous"] = typeof(MqttNotifierAuthentication),
        ["mqttNotifierAuthenticationOauth2BearerToken"] = typeof(MqttNotifierAuthentication),
        ["mqttNotifierAuthenticationCertificate"] = typeof(MqttNotifierAuthentication),
        ["notifierOperationsTopics"] = typeof(NotifierOperationsTopics),
        ["notifierTopicsResponse"] = typeof(NotifierTopicsResponse),
    };

    /// <summary>Object schemas with no wire type of their own, and why.</summary>
    private static readonly Dictionary<string, string> WithoutWireType = new()
    {
        ["objectMetadata"] = "the base record ObjectMetadata of every object, checked through them",
        ["venRequest"] = "oneOf VenVenRequest / BlVenRequest, both read as Ven",
        ["resourceRequest"] = "oneOf BlResourceRequest / VenResourceRequest, both read as Resource",
        ["point"] = "valuesMap values are kept as raw JSON, points included",
        ["notification"] = "the webhook notification envelope is not part of the wire library yet",
        ["authError"] = "the VTN answers /auth/token errors with problems (openadr3-vtn.md, decision 16)",
    };

    /// <summary>The schemas whose fields have examples (authServerInfo's one field has none).</summary>
    private static IEnumerable<TestCaseData> Schemas()
    {
        var schemas = OpenAdrSpec.LoadAsync().GetAwaiter().GetResult().Document.Components.Schemas;
        return WireTypes
            .Select(pair => (Name: pair.Key, Type: pair.Value, Example: YamlExamples.Build(schemas[pair.Key])))
            .Where(schema => schema.Example is JsonObject)
            .Select(schema => new TestCaseData(schema.Example, schema.Type).SetArgDisplayNames(schema.Name));
    }

    [TestCaseSource(nameof(Schemas))]
    public void Schema_assembled_from_its_field_examples_survives_a_round_trip(JsonNode example, Type type)
    {
        var written = JsonSerializer.SerializeToNode(example.Deserialize(type, OpenAdrJson.Options), type, OpenAdrJson.Options);

        JsonNode.DeepEquals(written, example).Should().BeTrue($"{example.ToJsonString()} was written back as {written!.ToJsonString()}");
    }

    [Test]
    public async Task Every_object_schema_has_a_wire_type_or_a_reason_not_to()
    {
        var objectSchemas = (await OpenAdrSpec.LoadAsync()).Document.Components.Schemas
            .Where(s => s.Value.Type.HasFlag(JsonObjectType.Object) || s.Value.AllOf.Count > 0 || s.Value.OneOf.Count > 0)
            .Select(s => s.Key);

        objectSchemas.Should().BeEquivalentTo(WireTypes.Keys.Concat(WithoutWireType.Keys));
    }
}
