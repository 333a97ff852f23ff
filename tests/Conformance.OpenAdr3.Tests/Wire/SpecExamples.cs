namespace Conformance.OpenAdr3.Tests.WireTests;

/// <summary>
/// Example JSON copied from specs/openadr3/3.1.0/User_Guide.md, Definition.md and the notifier companion document (the
/// YAML itself only has per-field examples; <see cref="YamlFieldExamplesProgram"/> assembles a program from those).
/// </summary>
internal static class SpecExamples
{
    /// <summary>Example 7.2-1: Create Minimal program.</summary>
    public const string MinimalProgramRequest = """{"programName": "minimalProgram"}""";

    /// <summary>Example 7.2-2: Read Minimal program (its createdDateTime is not RFC 3339, but a reader must keep it).</summary>
    public const string MinimalProgram = """
        {"createdDateTime": "17:15:16", "id": "0", "objectType": "PROGRAM", "programName": "minimalProgram"}
        """;

    /// <summary>Field examples of the YAML's programRequest, eventPayloadDescriptor and reportPayloadDescriptor.</summary>
    public const string YamlFieldExamplesProgram = """
        {
          "programName": "ResTOU",
          "intervalPeriod": {"start": "2023-06-15T09:30:00Z", "duration": "PT1H", "randomizeStart": "PT0S"},
          "programDescriptions": [{"URL": "https://www.myCorporation.com/myProgramDescription"}],
          "payloadDescriptors": [
            {"objectType": "EVENT_PAYLOAD_DESCRIPTOR", "payloadType": "PRICE", "units": "KWH", "currency": "USD"},
            {"objectType": "REPORT_PAYLOAD_DESCRIPTOR", "payloadType": "USAGE", "readingType": "DIRECT_READ",
             "units": "KWH", "accuracy": 0.0, "confidence": 100}
          ],
          "attributes": [{"type": "PRICE", "values": [0.17]}],
          "targets": ["group-1"]
        }
        """;

    /// <summary>Example 7.2-3: Create Minimal event.</summary>
    public const string MinimalEventRequest = """
        {
          "eventName": "simplePriceEvent",
          "programID": "0",
          "intervalPeriod": {"start": "2023-02-10T00:00:00.000Z", "duration": "PT1H"},
          "intervals": [{"id": 0, "payloads": [{"type": "PRICE", "values": [0.17]}]}]
        }
        """;

    /// <summary>Example 7.2-4: Read Minimal event.</summary>
    public const string MinimalEvent = """
        {
          "createdDateTime": "14:13:26",
          "eventName": "simplePriceEvent",
          "id": "0",
          "intervalPeriod": {"duration": "PT1H", "start": "2023-02-10T00:00:00.000Z"},
          "intervals": [{"id": 0, "payloads": [{"type": "PRICE", "values": [0.17]}]}],
          "objectType": "EVENT",
          "programID": "0"
        }
        """;

    /// <summary>Example 7.3-1: Create event with multi-valued payload.</summary>
    public const string MultiPriceEventRequest = """
        {
          "eventName": "multiPriceEvent",
          "programID": "44",
          "payloadDescriptors": [{"payloadType": "PRICE", "units": "KWH", "currency": "USD"}],
          "intervals": [{
            "id": 0,
            "intervalPeriod": {"start": "2025-06-25T00:00:00.000Z", "duration": "PT3H"},
            "payloads": [{"type": "PRICE", "values": [0.17, 0.03, 0.11]}]
          }]
        }
        """;

    /// <summary>Example 7.4-1: Create event with variable intervals.</summary>
    public const string VariableIntervalsEventRequest = """
        {
          "eventName": "variableIntervalsEvent",
          "programID": "44",
          "intervalPeriod": {"start": "2023-02-10T00:00:00.000Z", "duration": "PT1H"},
          "intervals": [
            {"id": 0, "payloads": [{"type": "PRICE", "values": [0.17]}]},
            {"id": 1, "intervalPeriod": {"duration": "PT2H"}, "payloads": [{"type": "PRICE", "values": [0.22]}]}
          ]
        }
        """;

    /// <summary>Example 8.2-1: Create Simple event.</summary>
    public const string SimpleEventRequest = """
        {
          "eventName": "simpleEvent",
          "programID": "44",
          "intervalPeriod": {"start": "2025-03-14T00:00:00.000Z", "duration": "PT4H"},
          "payloadDescriptors": [{"payloadType": "SIMPLE"}],
          "intervals": [{"id": 0, "payloads": [{"type": "SIMPLE", "values": [1]}]}]
        }
        """;

    /// <summary>Example 8.13-4: BL creates event with targets.</summary>
    public const string TargetedEventRequest = """{"programID": "0", "eventName": "EVENT_0999", "targets": ["ven_0999"]}""";

    /// <summary>Example 8.13-1: BL creates ven with targets.</summary>
    public const string BlVenRequest = """
        {"venName": "VENID_0999", "objectType": "BL_VEN_REQUEST", "clientID": "ven_client", "targets": ["ven_0999", "group1", "areaX"]}
        """;

    /// <summary>Example 7.2-5: Create Minimal report.</summary>
    public const string MinimalReportRequest = """
        {"reportName": "minimalReport", "eventID": "0", "clientName": "myClient", "resources": []}
        """;

    /// <summary>Example 8.13-2: BL creates resource with targets.</summary>
    public const string BlResourceRequest = """
        {"resourceName": "RESOURCE_0999", "objectType": "BL_RESOURCE_REQUEST", "clientID": "ven_client", "venID": "0", "targets": ["resource_0999"]}
        """;

    /// <summary>Example 8.13-7: a resource as the VTN answers it (its createdDateTime is not RFC 3339, but a reader must keep it).</summary>
    public const string Resource = """
        {"clientID": "ven_client", "createdDateTime": "12:21:14", "id": "0", "objectType": "RESOURCE",
         "resourceName": "RESOURCE_0999", "targets": ["resource_0999"], "venID": "0"}
        """;

    /// <summary>Definition.md Figure 5: multiple callback Subscription.</summary>
    public const string SubscriptionRequest = """
        {
          "clientName": "myClient",
          "programID": "44",
          "objectOperations": [
            {"callbackUrl": "https://myserver.com/event_callbacks", "operations": ["CREATE", "UPDATE"], "objects": ["EVENT"]},
            {"callbackUrl": "https://myserver.com/program_callbacks", "operations": ["CREATE", "UPDATE"], "objects": ["PROGRAM"]}
          ]
        }
        """;

    /// <summary>Definition.md Figure 7: GET /notifiers.</summary>
    public const string Notifiers = """
        {"MQTT": {"URIS": ["mqtts://broker.vtn.company.com"], "authentication": {"method": "ANONYMOUS"}, "serialization": "JSON"}, "WEBHOOK": true}
        """;

    /// <summary>Companion document 12.2: OAUTH2_BEARER_TOKEN authentication.</summary>
    public const string OAuth2Notifiers = """
        {"WEBHOOK": true, "MQTT": {"URIS": ["mqtts://broker.vtn.company.com:8883"],
          "authentication": {"method": "OAUTH2_BEARER_TOKEN", "username": "{clientID}"}, "serialization": "JSON"}}
        """;

    /// <summary>Definition.md: GET /notifiers/mqtt/topics/programs.</summary>
    public const string ProgramsTopics = """
        {"topics": {"ALL": "programs/+", "CREATE": "programs/create", "DELETE": "programs/delete", "UPDATE": "programs/update"}}
        """;
}
