namespace Conformance.OpenAdr3.Tests.BadInput;

/// <summary>
/// The corpus: each class of bad input the issue names (broken JSON, wrong types, missing required fields,
/// unknown enum values, oversized values and bodies, invalid durations and date-times, forged or expired
/// tokens, wrong scopes), across the entities.
/// </summary>
internal static class MalformedRequests
{
    private const string Interval = """{"id": 0, "payloads": [{"type": "PRICE", "values": [0.17]}]}""";
    private const string Operation = """{"objects": ["EVENT"], "operations": ["CREATE"], "callbackUrl": "https://example.com/cb"}""";

    public static IEnumerable<MalformedRequest> All =>
    [
        // Broken JSON
        Post("broken JSON: unterminated object", "programs", """{"programName": "p""", 400, "programName"),
        Post("broken JSON: unterminated array", "events", """{"programID": "p1", "intervals": [""", 400, "intervals"),
        Post("broken JSON: trailing garbage", "vens", """{"objectType": "VEN_VEN_REQUEST", "venName": "v"} x""", 400, "body"),
        Post("broken JSON: single quotes", "subscriptions", "{'clientName': 'c'}", 400, "body"),
        Post("broken JSON: empty body", "reports", "", 400, "body", Credential.Ven),
        Put("broken JSON: lone brace on PUT", "resources/r1", "{", 400, "body"),
        Post("broken JSON: invalid UTF-8 escape", "programs", """{"programName": "\uZZZZ"}""", 400, "programName"),
        Post("not an object: null", "programs", "null", 400, "body"),
        Post("not an object: array", "events", "[]", 400, "body"),
        Post("not an object: number", "vens", "42", 400, "body"),
        new("not JSON: a form body", "POST", "programs", "programName=p", Credential.Bl, 400, "Content-Type", "application/x-www-form-urlencoded"),
        new("not JSON: JSON sent as text/plain", "PUT", "events/e1", """{"programID": "p1"}""", Credential.Bl, 400, "Content-Type", "text/plain"),
        Post("nesting deeper than any OpenADR object", "programs",
            $$"""{"programName": "p", "attributes": {{new string('[', 200)}}{{new string(']', 200)}}}""", 400, "attributes"),

        // Wrong types
        Post("wrong type: programName number", "programs", """{"programName": 42}""", 400, "programName"),
        Post("wrong type: priority string", "events", """{"programID": "p1", "priority": "high"}""", 400, "priority"),
        Post("wrong type: targets string", "programs", """{"programName": "p", "targets": "group-1"}""", 400, "targets"),
        Post("wrong type: intervals object", "events", """{"programID": "p1", "intervals": {}}""", 400, "intervals"),
        Post("wrong type: interval id fraction", "events",
            """{"programID": "p1", "intervals": [{"id": 0.5, "payloads": []}]}""", 400, "intervals[0].id"),
        Post("wrong type: a payload value that is a list", "events",
            """{"programID": "p1", "intervals": [{"id": 0, "payloads": [{"type": "SIMPLE", "values": [[1]]}]}]}""",
            400, "intervals[0].payloads[0].values[0]"),
        Post("wrong type: a point without y", "programs",
            """{"programName": "p", "attributes": [{"type": "LOCATION", "values": [{"x": 1.0}]}]}""", 400, "attributes[0].values[0]"),
        Post("wrong type: venName boolean", "vens", """{"objectType": "VEN_VEN_REQUEST", "venName": true}""", 400, "venName"),
        Post("wrong type: resources string", "reports",
            """{"eventID": "e1", "clientName": "c", "resources": "r"}""", 400, "resources", Credential.Ven),
        Post("wrong type: objectOperations number", "subscriptions", """{"clientName": "c", "objectOperations": 1}""", 400, "objectOperations"),
        Post("wrong type: venID number", "resources", """{"objectType": "VEN_RESOURCE_REQUEST", "resourceName": "r", "venID": 7}""", 400, "venID"),
        Post("wrong type: a program's payload descriptor confidence", "programs",
            """{"programName": "p", "payloadDescriptors": [{"objectType": "REPORT_PAYLOAD_DESCRIPTOR",""" +
                """ "payloadType": "USAGE", "confidence": "high"}]}""",
            400, "payloadDescriptors[0]"),

        // Missing required fields
        Post("missing: programName", "programs", """{"targets": ["a"]}""", 400, "programName"),
        Post("missing: event programID", "events", $$"""{"eventName": "e", "intervals": [{{Interval}}]}""", 400, "programID"),
        Post("missing: interval payloads", "events", """{"programID": "p1", "intervals": [{"id": 0}]}""", 400, "intervals[0].payloads"),
        Post("missing: report resources", "reports", """{"eventID": "e1", "clientName": "c"}""", 400, "resources", Credential.Ven),
        Post("missing: subscription objectOperations", "subscriptions", """{"clientName": "c"}""", 400, "objectOperations"),
        Post("missing: callbackUrl", "subscriptions",
            """{"clientName": "c", "objectOperations": [{"objects": ["EVENT"], "operations": ["CREATE"]}]}""",
            400, "objectOperations[0].callbackUrl"),
        Post("missing: ven objectType", "vens", """{"venName": "v"}""", 400, "objectType"),
        Post("missing: BL ven clientID", "vens", """{"objectType": "BL_VEN_REQUEST", "venName": "v"}""", 400, "clientID"),
        Post("missing: resource venID", "resources", """{"objectType": "BL_RESOURCE_REQUEST", "clientID": "c", "resourceName": "r"}""", 400, "venID"),
        Put("missing: programName on PUT", "programs/p1", "{}", 400, "programName"),

        // Unknown enum values
        Post("unknown enum: ven objectType", "vens", """{"objectType": "VEN", "venName": "v"}""", 400, "objectType"),
        Post("unknown enum: resource objectType", "resources",
            """{"objectType": "RESOURCE_REQUEST", "resourceName": "r", "venID": "v1"}""", 400, "objectType"),
        Post("unknown enum: subscription object", "subscriptions",
            $$"""{"clientName": "c", "objectOperations": [{{Operation.Replace("\"EVENT\"", "\"EVENTS\"")}}]}""",
            400, "objectOperations[0].objects[0]"),
        Post("unknown enum: subscription operation", "subscriptions",
            $$"""{"clientName": "c", "objectOperations": [{{Operation.Replace("\"CREATE\"", "\"PATCH\"")}}]}""",
            400, "objectOperations[0].operations[0]"),
        Post("unknown enum: reportIntervals", "events",
            """{"programID": "p1", "reportDescriptors": [{"payloadType": "USAGE", "reportIntervals": "SOMETIMES"}]}""",
            400, "reportDescriptors[0].reportIntervals"),
        Post("unknown enum: payload descriptor objectType", "events",
            """{"programID": "p1", "payloadDescriptors": [{"objectType": "REPORT_PAYLOAD_DESCRIPTOR", "payloadType": "PRICE"}]}""",
            400, "payloadDescriptors[0].objectType"),
        Get("unknown enum: objects query", "subscriptions?objects=EVENTS", 400, "objects[0]"),

        // Oversized values and bodies
        Post("oversized: programName of 129", "programs", $$"""{"programName": "{{new string('p', 129)}}"}""", 400, "programName"),
        Post("oversized: target of 129", "events", $$"""{"programID": "p1", "targets": ["{{new string('t', 129)}}"]}""", 400, "targets[0]"),
        Post("oversized: objectID of 129", "events", $$"""{"programID": "{{new string('p', 129)}}"}""", 400, "programID"),
        Post("oversized: callbackUrl over 8000", "subscriptions",
            """{"clientName": "c", "objectOperations": [""" +
                Operation.Replace("https://example.com/cb", "https://example.com/" + new string('c', 8000)) + "]}",
            400, "objectOperations[0].callbackUrl"),
        Get("oversized: limit 51", "programs?limit=51", 400, "limit"),
        Get("oversized: path id of 129", "vens/" + new string('v', 129), 400, "venID"),
        Post("oversized: body past the server's limit", "programs",
            $$"""{"programName": "p", "attributes": [{"type": "X", "values": ["{{new string('x', 31_000_000)}}"]}]}""", 400, "body"),

        // Invalid durations and date-times
        Post("invalid duration: event duration", "events", """{"programID": "p1", "duration": "1 hour"}""", 400, "duration"),
        Post("invalid duration: PT without a value", "events",
            """{"programID": "p1", "intervalPeriod": {"duration": "PT"}}""", 400, "intervalPeriod.duration"),
        Post("invalid duration: randomizeStart", "programs",
            """{"programName": "p", "intervalPeriod": {"randomizeStart": "P1X"}}""", 400, "intervalPeriod.randomizeStart"),
        Post("invalid date-time: words", "events", """{"programID": "p1", "intervalPeriod": {"start": "yesterday"}}""", 400, "intervalPeriod.start"),
        Post("invalid date-time: 30 February", "programs",
            """{"programName": "p", "intervalPeriod": {"start": "2023-02-30T00:00:00Z"}}""", 400, "intervalPeriod.start"),
        Post("invalid date-time: time only", "reports",
            """{"eventID": "e1", "clientName": "c", "resources": [{"resourceName": "r", "intervalPeriod": {"start": "17:15:16"},""" +
                """ "intervals": []}]}""",
            400, "resources[0].intervalPeriod.start", Credential.Ven),
        Post("invalid date-time: no offset", "events",
            $$"""{"programID": "p1", "intervals": [{"id": 0, "intervalPeriod": {"start": "2023-02-10T00:00:00"}, "payloads": []}]}""",
            400, "intervals[0].intervalPeriod.start"),

        // Forged or expired tokens
        Get("token: none", "programs", 401, "Authorization", Credential.None),
        Get("token: garbage", "events", 401, "Authorization", Credential.Garbage),
        Post("token: alg none", "programs", """{"programName": "p"}""", 401, "Authorization", Credential.UnsignedAlgNone),
        Put("token: tampered signature", "programs/p1", """{"programName": "p"}""", 401, "Authorization", Credential.TamperedSignature),
        Delete("token: another VTN's", "vens/v1", 401, "Authorization", Credential.OtherVtnsToken),
        Get("token: expired", "reports", 401, "Authorization", Credential.Expired),
        Get("token: expired on notifiers", "notifiers", 401, "Authorization", Credential.Expired),

        // Wrong scopes
        Post("scope: VEN creates a program", "programs", """{"programName": "p"}""", 403, "scope", Credential.Ven),
        Put("scope: VEN updates an event", "events/e1", """{"programID": "p1"}""", 403, "scope", Credential.Ven),
        Delete("scope: VEN deletes a program", "programs/p1", 403, "scope", Credential.Ven),
        Post("scope: BL writes a report", "reports", """{"eventID": "e1", "clientName": "c", "resources": []}""", 403, "scope"),
        Get("scope: VEN reads all event topics", "notifiers/mqtt/topics/events", 403, "scope", Credential.Ven),
        Post("scope: VEN sends a BL_VEN_REQUEST", "vens",
            """{"objectType": "BL_VEN_REQUEST", "clientID": "c", "venName": "v"}""", 403, "objectType", Credential.Ven),

        // Bad query and path parameters
        Get("query: skip negative", "events?skip=-1", 400, "skip"),
        Get("query: limit not a number", "reports?limit=ten", 400, "limit"),
        Get("query: programID with a space", "events?programID=a%20b", 400, "programID"),
        Get("query: empty target", "vens?targets=", 400, "targets[0]"),
        Get("path: id with a slash-free bad character", "programs/a.b", 400, "programID"),
    ];

    private static MalformedRequest Post(string name, string path, string body, int status, string field, Credential who = Credential.Bl) =>
        new(name, "POST", path, body, who, status, field);

    private static MalformedRequest Put(string name, string path, string body, int status, string field, Credential who = Credential.Bl) =>
        new(name, "PUT", path, body, who, status, field);

    private static MalformedRequest Get(string name, string path, int status, string field, Credential who = Credential.Bl) =>
        new(name, "GET", path, null, who, status, field);

    private static MalformedRequest Delete(string name, string path, int status, string field, Credential who = Credential.Bl) =>
        new(name, "DELETE", path, null, who, status, field);
}
