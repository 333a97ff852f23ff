using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Subscriptions with webhooks on the VTN under judgement, and the notifications that reach the harness's
/// webhook receivers. One per scenario: callback paths carry the scenario's id, so notifications meant for another
/// scenario's subscriptions never count here.
/// </summary>
public sealed class NotificationDriver(GridDomain grid, EvidenceLog evidence, ScenarioCancellation cancellation)
{
    private readonly string _scenario = Guid.NewGuid().ToString("N")[..8];
    private int _attempts;

    public async Task SubscribeAsync(Subscriber subscriber, string operation, string objectType, string? bearerToken)
    {
        var client = await ClientOf(subscriber);
        var receiver = await grid.WebhookReceiverAsync(subscriber.Role, cancellation.Token);
        await VtnAnswers.Accepted(client.CreateSubscriptionAsync(new Subscription
        {
            ClientName = subscriber.VenName ?? "harness-business-logic",
            ObjectOperations = [new ObjectOperation
            {
                Objects = [objectType], Operations = [operation],
                CallbackUrl = receiver.CallbackFor(CallbackName(subscriber)).ToString(), BearerToken = bearerToken,
            }],
        }), $"the VTN to accept {subscriber}'s subscription to {operation} of {objectType} objects");
    }

    /// <summary>
    /// Asks the VTN for a subscription whose answer is itself judged (accepted or refused), on a callback of its own
    /// (<paramref name="plainHttp"/>: on an http receiver), answering the echo challenge as <paramref name="answer"/> says.
    /// </summary>
    public async Task<SubscriptionAttempt> AttemptAsync(Subscriber subscriber, string operation, string objectType, EchoAnswer answer,
        bool plainHttp)
    {
        var client = await ClientOf(subscriber);
        var receiver = await grid.WebhookReceiverAsync(subscriber.Role, cancellation.Token, plainHttp);
        var name = $"{CallbackName(subscriber)}-{++_attempts}";
        receiver.Answer(name, answer);
        var callback = receiver.CallbackFor(name);
        var mark = Mark();
        int? refusal;
        try
        {
            refusal = await VtnAnswers.Refusal(client.CreateSubscriptionAsync(new Subscription
            {
                ClientName = subscriber.VenName ?? "harness-business-logic",
                ObjectOperations = [new ObjectOperation { Objects = [objectType], Operations = [operation], CallbackUrl = callback.ToString() }],
            }, cancellation.Token));
        }
        catch (TaskCanceledException) when (!cancellation.Token.IsCancellationRequested)
        {
            refusal = null; // no answer within the harness client's timeout: the attempt has no answer record
        }
        var records = evidence.Snapshot();
        var request = records.LastOrDefault(r => r.Seq > mark && r.IsRequest("POST", "/subscriptions", subscriber.Role))
            ?? throw new InvalidOperationException($"the evidence holds no POST /subscriptions of {subscriber} after #{mark}");
        var answered = records.FirstOrDefault(r => r.IsAnswerTo(request));
        var challenges = records.Where(r => r.Seq > request.Seq && (answered is null || r.Seq < answered.Seq)
            && r is { Direction: Directions.Request, From: OpenAdrEvidence.Vtn, Http.Method: "GET" } && r.To == subscriber.Role).ToList();
        return new SubscriptionAttempt(subscriber, callback, answer, request, answered, challenges);
    }

    /// <summary>The evidence position before a change, so only notifications after it count.</summary>
    public long Mark() => evidence.Snapshot().Count;

    /// <summary>The VTN's 201 answer that created the object with this id: the moment a notification is due from.</summary>
    public EvidenceRecord Creation(string id) => evidence.Snapshot().Last(r =>
        r.IsVtnAnswer() && r.Http is { Method: "POST", Status: 201 } && r.Carries($"\"{id}\""));

    public string CallbackPath(Subscriber subscriber) => $"/callbacks/{CallbackName(subscriber)}";

    public bool IsNotificationTo(Subscriber subscriber, EvidenceRecord r) =>
        r.IsWebhookCall(subscriber.Role, CallbackPath(subscriber));

    /// <summary>
    /// The notification's operation, objectType and object, read leniently (<see cref="LenientJson"/>: a JSON string of
    /// JSON, snake_case names; the departures are findings, <see cref="Conformity.ConformityHooks"/>): a body that is no
    /// notification at all simply does not match, and the step that waits for it fails.
    /// </summary>
    public static (string? ObjectType, string? Operation, JsonElement Object) Read(EvidenceRecord r)
    {
        try
        {
            if (LenientJson.Normalize<Notification>(r.Body ?? "", out _) is not JsonObject root) return (null, null, default);
            var obj = root["object"] is { } o ? JsonSerializer.SerializeToElement(o) : default;
            return (Text(root, "objectType"), Text(root, "operation"), obj);
        }
        catch (JsonException) { return (null, null, default); }
    }

    private static string? Text(JsonObject root, string name) =>
        root[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
            : null;

    private string CallbackName(Subscriber subscriber) => $"{_scenario}-{subscriber.VenName ?? "business-logic"}";

    private async Task<OpenAdrClient> ClientOf(Subscriber subscriber) => subscriber.VenName is { } ven
        ? await grid.HarnessVenAsync(ven, cancellation.Token)
        : await grid.BusinessLogicAsync(cancellation.Token);
}
