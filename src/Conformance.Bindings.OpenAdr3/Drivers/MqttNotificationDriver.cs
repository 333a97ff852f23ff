using System.Buffers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Evidence.Log;
using Conformance.Evidence.Mqtt;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Observations;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The MQTT clients of the VENs the harness plays, on the broker the VTN under judgement announces (GET /notifiers).
/// Every MQTT packet they exchange is evidence, recorded by an <see cref="MqttRecorder"/> per connection:
/// CONNECT/CONNACK and SUBSCRIBE/SUBACK as request and response, each PUBLISH the broker delivers as a request from
/// the VTN, recorded the moment it arrives, before any step judges it, and the PUBACK the client answers a QoS 1
/// delivery with. One per scenario; its connections end with the scenario.
/// </summary>
public sealed class MqttNotificationDriver(GridDomain grid, GroupingDriver grouping, EvidenceLog evidence, ScenarioCancellation cancellation)
{
    /// <summary>No timing requirement applies to connecting and subscribing; this bound keeps a silent broker from hanging the run.</summary>
    private static readonly TimeSpan PacketBound = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, IMqttClient> _clients = [];
    private readonly Dictionary<string, MqttRecorder> _recorders = [];
    private readonly Dictionary<string, MqttNotifierBinding> _bindings = [];

    private readonly Dictionary<string, long> _connectedAt = [];

    /// <summary>The evidence position of the VEN's CONNECT in this scenario: its MQTT traffic starts there.</summary>
    public long ConnectedAt(string venName) =>
        _connectedAt.TryGetValue(venName, out var seq) ? seq
            : throw new InvalidOperationException($"VEN '{venName}' has not connected to the MQTT broker in this scenario");

    /// <summary>GET /notifiers as the VEN: the MQTT binding the VTN offers it, or null when it offers none.</summary>
    public async Task<MqttNotifierBinding?> DiscoverAsync(string venName)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var notifiers = await VtnAnswers.Accepted(client.GetNotifiersAsync(), $"the VTN to answer VEN '{venName}''s GET /notifiers");
        if (notifiers.Mqtt is { } binding) _bindings[venName] = binding;
        return notifiers.Mqtt;
    }

    /// <summary>The MQTT binding the VEN discovered, discovering it now if it has not yet; a VTN without one fails the step.</summary>
    public async Task<MqttNotifierBinding> BindingAsync(string venName) =>
        _bindings.TryGetValue(venName, out var binding) ? binding
        : await DiscoverAsync(venName) ?? throw Judge.Fail("the VTN to offer an MQTT notifier binding in GET /notifiers", "it offered none");

    /// <summary>GET /notifiers/mqtt/topics/vens/{venID}/{objects} as the VEN, for its own ven object.</summary>
    public async Task<NotifierOperationsTopics> OwnVenTopicsAsync(string venName, string objects)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var ven = await grouping.OwnVenAsync(client, venName);
        return await TopicsAsync(client.GetMqttVenTopicsAsync(ven.Id!, objects), $"VEN '{venName}'",
            $"/notifiers/mqtt/topics/vens/{ven.Id}/{objects}");
    }

    /// <summary>GET /notifiers/mqtt/topics/{objects} as the business logic: the topics of all such objects.</summary>
    public async Task<NotifierOperationsTopics> SharedTopicsAsync(string objects)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        return await TopicsAsync(bl.GetMqttTopicsAsync(objects), "the business logic", $"/notifiers/mqtt/topics/{objects}");
    }

    /// <summary>GET /notifiers/mqtt/topics/vens/{venID}/{objects} as the business logic, for another VEN's ven object.</summary>
    public async Task<NotifierOperationsTopics> VenTopicsAsSeenByBusinessLogicAsync(string venName, string objects)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var ven = await grouping.VenAsSeenByBusinessLogicAsync(venName);
        return await TopicsAsync(bl.GetMqttVenTopicsAsync(ven.Id!, objects), "the business logic", $"/notifiers/mqtt/topics/vens/{ven.Id}/{objects}");
    }

    /// <summary>GET /notifiers/mqtt/topics/{objects} as the VEN: null when the VTN refuses, else what it answered.</summary>
    public async Task<int?> SharedTopicsRefusalAsync(string venName, string objects)
    {
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        return await VtnAnswers.Refusal(client.GetMqttTopicsAsync(objects));
    }

    /// <summary>
    /// Connects the VEN's MQTT client to the first broker URI, authenticating as the binding says: OAUTH2_BEARER_TOKEN
    /// with its clientID ("{clientID}") or the literal as user name and its access token as password; ANONYMOUS
    /// without credentials. A refused connection fails the step with the broker's reason code.
    /// </summary>
    public async Task ConnectAsync(string venName)
    {
        var binding = await BindingAsync(venName);
        var client = await grid.HarnessVenAsync(venName, cancellation.Token);
        var broker = binding.Uris?.FirstOrDefault() ?? throw Judge.Fail("the MQTT binding to list broker URIs", "its URIS list is empty");
        if (!Uri.TryCreate(broker, UriKind.Absolute, out var uri) || uri.Scheme is not ("mqtt" or "mqtts"))
            throw Judge.Fail("the MQTT binding's first URI to be mqtt://host:port or mqtts://host:port", $"it is '{broker}'");
        if (uri.Scheme == "mqtt" && grid.VtnIsUnderTest)
            grid.Findings.NoteOnce($"mqtt {broker}", evidence.CurrentScenario, new Finding(
                "Definition.md MQTT: MQTT clients MUST use MQTT over TLS (MQTTS) to connect to the VTN's MQTT broker",
                $"the VTN's MQTT binding announces {broker}, plain mqtt"));
        var (username, password) = Credentials(binding.Authentication, venName, client);

        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(uri.Host, uri.IsDefaultPort ? (uri.Scheme == "mqtts" ? 8883 : 1883) : uri.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"{venName}-{Guid.NewGuid():N}")
            .WithCleanSession()
            .WithTimeout(PacketBound);
        if (uri.Scheme == "mqtts") options.WithTlsOptions(tls => grid.ConfigureMqttTls(tls, venName));
        if (username is not null) options.WithCredentials(username, password);
        var built = options.Build();

        var recorder = new MqttRecorder(evidence, OpenAdrEvidencePolicy.Options, RoleOf(venName), OpenAdrEvidence.Vtn, broker, built.ClientId);
        var mqtt = new MqttClientFactory().CreateMqttClient();
        mqtt.ApplicationMessageReceivedAsync += e =>
        {
            var message = e.ApplicationMessage;
            var qos = (int)message.QualityOfServiceLevel;
            var publish = recorder.Delivered(new MqttPublication(message.Topic, message.Payload.ToArray(), qos, message.Retain,
                e.PacketIdentifier, message.ContentType,
                // MQTT allows a user property name more than once: its values are kept together.
                message.UserProperties?.GroupBy(u => u.Name).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(u => u.ReadValueAsString())))));
            // The client library answers a QoS 1 delivery with a PUBACK once this handler returns (automatic acknowledgement).
            if (qos == 1) recorder.PubAck(publish, (int)e.ReasonCode, e.ReasonCode.ToString());
            return Task.CompletedTask;
        };
        var connect = recorder.Connect(username, password);
        _connectedAt[venName] = connect.Seq;
        MqttClientConnectResult result;
        try
        {
            result = await mqtt.ConnectAsync(built);
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
        {
            mqtt.Dispose();
            throw Judge.Fail($"the MQTT broker at {broker} to accept VEN '{venName}''s connection",
                $"it could not be reached or did not answer within {Expect.Describe(PacketBound)} ({e.Message})");
        }
        recorder.ConnAck(connect, (int)result.ResultCode, result.ResultCode.ToString(), result.ReasonString);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            mqtt.Dispose();
            throw Judge.Fail($"the MQTT broker at {broker} to accept VEN '{venName}''s connection ({binding.Authentication?.Method})",
                $"it answered CONNACK {result.ResultCode} (0x{(int)result.ResultCode:X2}){(result.ReasonString is { } r ? $": {r}" : "")}");
        }
        _clients[venName] = mqtt;
        _recorders[venName] = recorder;
    }

    /// <summary>Subscribes the VEN's connected client to <paramref name="filters"/>; the SUBACK, recorded, answers per filter.</summary>
    public async Task<EvidenceRecord> SubscribeAsync(string venName, IReadOnlyList<string> filters)
    {
        if (!_clients.TryGetValue(venName, out var mqtt))
            throw new InvalidOperationException($"VEN '{venName}' has not connected to the MQTT broker in this scenario");
        var recorder = _recorders[venName];
        var request = recorder.Subscribe([.. filters.Select(f => new MqttSubscription(f, (int)MqttQualityOfServiceLevel.AtLeastOnce))]);
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in filters) subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        using var timeout = new CancellationTokenSource(PacketBound);
        MqttClientSubscribeResult result;
        try
        {
            result = await mqtt.SubscribeAsync(subscribe.Build(), timeout.Token);
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
        {
            throw Judge.Fail($"the MQTT broker to answer VEN '{venName}''s SUBSCRIBE to {string.Join(", ", filters)} with a SUBACK",
                $"none came within {Expect.Describe(PacketBound)} ({e.Message})");
        }
        return recorder.SubAck(request,
            [.. result.Items.Select(i => new MqttSubscription(i.TopicFilter.Topic, ReasonCode: (int)i.ResultCode, Reason: i.ResultCode.ToString()))],
            result.ReasonString);
    }

    /// <summary>Whether <paramref name="r"/> is a notification the broker delivered to the VEN.</summary>
    public static bool IsPublicationTo(string venName, EvidenceRecord r) => r.IsMqttPublicationTo(RoleOf(venName));

    public static string RoleOf(string venName) => new Subscriber(venName).Role;

    /// <summary>Disconnects the scenario's clients, each within the packet bound.</summary>
    public async Task DisconnectAllAsync()
    {
        foreach (var (venName, mqtt) in _clients)
        {
            using var timeout = new CancellationTokenSource(PacketBound);
            try
            {
                if (mqtt.IsConnected)
                {
                    _recorders[venName].Disconnect(byClient: true);
                    await mqtt.DisconnectAsync(new MqttClientDisconnectOptions(), timeout.Token);
                }
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
            {
                // The broker went first; nothing is left to close politely.
            }
            mqtt.Dispose();
        }
        _clients.Clear();
        _recorders.Clear();
    }

    /// <summary>A harness VEN's clientID is its venName.</summary>
    private static (string? Username, string? Password) Credentials(MqttNotifierAuthentication? authentication, string venName,
        OpenAdrClient client) =>
        authentication?.Method switch
        {
            MqttNotifierAuthentication.AnonymousMethod => (null, null),
            MqttNotifierAuthentication.OAuth2BearerTokenMethod => (
                authentication.Username is null or MqttNotifierAuthentication.ClientIdUsername ? venName : authentication.Username,
                client.AccessToken),
            MqttNotifierAuthentication.CertificateMethod => throw Judge.Inconclusive(
                "the MQTT binding asks CERTIFICATE authentication; the harness holds no client certificate for its VENs"),
            var other =>
                throw Judge.Fail("the MQTT binding's authentication method to be ANONYMOUS, OAUTH2_BEARER_TOKEN or CERTIFICATE", $"it is '{other}'"),
        };

    private static async Task<NotifierOperationsTopics> TopicsAsync(Task<NotifierTopicsResponse> call, string who, string path) =>
        (await VtnAnswers.Accepted(call, $"the VTN to answer {who}'s GET {path} with topic names")).Topics
        ?? throw Judge.Fail($"the VTN's answer to GET {path} to carry topics", "it had none");
}
