using Conformance.Evidence.Log;
using Conformance.Model;

namespace Conformance.Bindings.OpenAdr3.Recording;

/// <summary>
/// How the OpenADR 3.1 binding reads its evidence: named tests on records, so that a step says "the VTN's answer to
/// the VEN's GET /events" rather than repeating record patterns. Paths match segment by segment from the start of
/// the target (below the VTN's base address): "/events" is GET /events and GET /events/{id}, never
/// /notifiers/mqtt/topics/programs/{id}/events.
/// </summary>
public static class OpenAdrEvidence
{
    /// <summary>The binding's name in evidence, for its HTTP (the VTN's API and its webhooks) and MQTT messages.</summary>
    public const string Binding = OpenAdr3Binding.BindingName;

    public const string Vtn = nameof(Role.Vtn);

    /// <summary>The VEN of the domain (the reference VEN or the VEN under test); the harness's own VENs are "Ven {clientId}".</summary>
    public const string Ven = nameof(Role.Ven);

    public const string BusinessLogic = nameof(Role.BusinessLogic);

    /// <summary>An HTTP request of this binding with this method on <paramref name="path"/> or below it, from <paramref name="from"/> when
    /// given.</summary>
    public static bool IsRequest(this EvidenceRecord r, string method, string path, string? from = null) =>
        r is { Direction: Directions.Request, Binding: Binding, Http: { } http } && http.Method == method && http.PathStartsWith(path)
        && (from is null || r.From == from);

    /// <summary>
    /// The answer to <paramref name="role"/>'s <paramref name="method"/> on <paramref name="path"/> or below it, with one of
    /// <paramref name="statuses"/> (any status when none is given).
    /// </summary>
    public static bool IsAnswerTo(this EvidenceRecord r, string role, string method, string path, params int[] statuses) =>
        r is { Direction: Directions.Response, Binding: Binding, Http: { Status: { } status } http } && r.To == role
        && http.Method == method && http.PathStartsWith(path) && (statuses.Length == 0 || statuses.Contains(status));

    /// <summary>The answer to <paramref name="request"/>.</summary>
    public static bool IsAnswerTo(this EvidenceRecord r, EvidenceRecord request) =>
        r.Direction == Directions.Response && r.CorrelationId == request.Seq;

    /// <summary>Any HTTP answer of the VTN (to <paramref name="role"/> when given): not the webhooks' answers to the VTN.</summary>
    public static bool IsVtnAnswer(this EvidenceRecord r, string? role = null) =>
        r is { Direction: Directions.Response, Binding: Binding, From: Vtn, Http: not null } && (role is null || r.To == role);

    /// <summary>The VTN's answer, with one of <paramref name="statuses"/>, to a request that wrote an object (POST or PUT).</summary>
    public static bool IsVtnWrite(this EvidenceRecord r, params int[] statuses) =>
        r.IsVtnAnswer() && r.Http!.Method is "POST" or "PUT" && statuses.Contains(r.Http.Status ?? 0);

    /// <summary>A notification the VTN POSTed to a webhook at <paramref name="callbackPath"/> of <paramref name="subscriberRole"/>.</summary>
    public static bool IsWebhookCall(this EvidenceRecord r, string subscriberRole, string callbackPath) =>
        r is { Direction: Directions.Request, Binding: Binding, From: Vtn, Http: { Method: "POST" } http } && r.To == subscriberRole
            && http.Path == callbackPath;

    /// <summary>A notification the VTN sent: a POST to a webhook or a PUBLISH its broker delivered, to anyone.</summary>
    public static bool IsNotification(this EvidenceRecord r) =>
        r is { Direction: Directions.Request, Binding: Binding, From: Vtn } && (r.Http?.Method == "POST" || r.Mqtt?.PacketType == "PUBLISH");

    /// <summary>A PUBLISH the VTN's broker delivered to <paramref name="role"/>.</summary>
    public static bool IsMqttPublicationTo(this EvidenceRecord r, string role) =>
        r is { Direction: Directions.Request, Binding: Binding, From: Vtn, Mqtt.PacketType: "PUBLISH" } && r.To == role;

    /// <summary>Whether the body holds <paramref name="text"/> (e.g. an object's quoted id).</summary>
    public static bool Carries(this EvidenceRecord r, string text) => (r.Body ?? "").Contains(text, StringComparison.Ordinal);
}
