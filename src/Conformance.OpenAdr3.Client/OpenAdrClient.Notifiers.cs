using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    private const string MqttTopics = "notifiers/mqtt/topics";

    /// <summary>GET notifiers (listAllNotifiers): WEBHOOK, and MQTT when the VTN offers it.</summary>
    public Task<NotifiersResponse> GetNotifiersAsync(CancellationToken ct = default) =>
        GetAsync<NotifiersResponse>("notifiers", ct);

    /// <summary>MQTT topic names for all objects of a kind: "programs", "events", "reports", "subscriptions", "vens" or "resources".</summary>
    public Task<NotifierTopicsResponse> GetMqttTopicsAsync(string objects, CancellationToken ct = default) =>
        GetAsync<NotifierTopicsResponse>($"{MqttTopics}/{objects}", ct);

    /// <summary>MQTT topic names for one program (listAllMqttNotifierTopicsProgram).</summary>
    public Task<NotifierTopicsResponse> GetMqttProgramTopicsAsync(string programId, CancellationToken ct = default) =>
        GetAsync<NotifierTopicsResponse>(PathOf($"{MqttTopics}/programs", programId), ct);

    /// <summary>MQTT topic names for a program's events (listAllMqttNotifierTopicsProgramEvents).</summary>
    public Task<NotifierTopicsResponse> GetMqttProgramEventsTopicsAsync(string programId, CancellationToken ct = default) =>
        GetAsync<NotifierTopicsResponse>(PathOf($"{MqttTopics}/programs", programId) + "/events", ct);

    /// <summary>MQTT topic names for one ven (listAllMqttNotifierTopicsVen).</summary>
    public Task<NotifierTopicsResponse> GetMqttVenTopicsAsync(string venId, CancellationToken ct = default) =>
        GetAsync<NotifierTopicsResponse>(PathOf($"{MqttTopics}/vens", venId), ct);

    /// <summary>MQTT topic names for what one VEN may see of a kind: "events", "programs" or "resources".</summary>
    public Task<NotifierTopicsResponse> GetMqttVenTopicsAsync(string venId, string objects, CancellationToken ct = default) =>
        GetAsync<NotifierTopicsResponse>(PathOf($"{MqttTopics}/vens", venId) + $"/{objects}", ct);
}
