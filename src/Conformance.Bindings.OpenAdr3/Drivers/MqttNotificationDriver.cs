using System.Text;
using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Conformance.Roles.Observations;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Conformance.Bindings.OpenAdr3.Support;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The MQTT clients of the VENs the harness plays, on the broker the VTN under judgement announces (GET /notifiers).
/// Every MQTT packet they exchange is evidence: CONNECT/CONNACK and SUBSCRIBE/SUBACK as request and response, and
/// each PUBLISH the broker delivers as a request from the VTN, recorded the moment it arrives, before any step
/// judges it. One per scenario; its connections end with the scenario.
/// </summary>
public sealed class MqttNotificationDriver(GridDomain grid, GroupingDriver grouping, EvidenceLog evidence)
{
    public const string Protocol = "openadr3/mqtt";

    /// <summary>No timing requirement applies to connecting and subscribing; this bound keeps a silent broker from hanging the run.</summary>
    private static readonly TimeSpan PacketBound = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, IMqttClient> _clients = [];
    private readonly Dictionary<string, MqttNotifierBinding> _bindings = [];

    private readonly Dictionary<string, long> _connectedAt = [];

    /// <summary>The evidence position of the VEN's CONNECT in this scenario: its MQTT traffic starts there.</summary>
    public long ConnectedAt(string venName) =>
        _connectedAt.TryGetValue(venName, out var seq) ? seq : throw new InvalidOperationException($"VEN '{venName}' has not connected to the MQTT broker in this scenario");

    /// <summary>GET /notifiers as the VEN: the MQTT binding the VTN offers it, or null when it offers none.</summary>
    public async Task<MqttNotifierBinding?> DiscoverAsync(string venName)
    {
        var client = await grid.HarnessVenAsync(venName, CancellationToken.None);
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
        var client = await grid.HarnessVenAsync(venName, CancellationToken.None);
        var ven = await grouping.OwnVenAsync(client, venName);
        return await TopicsAsync(client.GetMqttVenTopicsAsync(ven.Id!, objects), $"VEN '{venName}'", $"/notifiers/mqtt/topics/vens/{ven.Id}/{objects}");
    }

    /// <summary>GET /notifiers/mqtt/topics/{objects} as the business logic: the topics of all such objects.</summary>
    public async Task<NotifierOperationsTopics> SharedTopicsAsync(string objects)
    {
        var bl = await grid.BusinessLogicAsync(CancellationToken.None);
        return await TopicsAsync(bl.GetMqttTopicsAsync(objects), "the business logic", $"/notifiers/mqtt/topics/{objects}");
    }

    /// <summary>GET /notifiers/mqtt/topics/vens/{venID}/{objects} as the business logic, for another VEN's ven object.</summary>
    public async Task<NotifierOperationsTopics> VenTopicsAsSeenByBusinessLogicAsync(string venName, string objects)
    {
        var bl = await grid.BusinessLogicAsync(CancellationToken.None);
        var ven = await grouping.VenAsSeenByBusinessLogicAsync(venName);
        return await TopicsAsync(bl.GetMqttVenTopicsAsync(ven.Id!, objects), "the business logic", $"/notifiers/mqtt/topics/vens/{ven.Id}/{objects}");
    }

    /// <summary>GET /notifiers/mqtt/topics/{objects} as the VEN: null when the VTN refuses, else what it answered.</summary>
    public async Task<int?> SharedTopicsRefusalAsync(string venName, string objects)
    {
        var client = await grid.HarnessVenAsync(venName, CancellationToken.None);
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
        var client = await grid.HarnessVenAsync(venName, CancellationToken.None);
        var broker = binding.Uris?.FirstOrDefault() ?? throw Judge.Fail("the MQTT binding to list broker URIs", "its URIS list is empty");
        if (!Uri.TryCreate(broker, UriKind.Absolute, out var uri) || uri.Scheme is not ("mqtt" or "mqtts"))
            throw Judge.Fail("the MQTT binding's first URI to be mqtt://host:port or mqtts://host:port", $"it is '{broker}'");
        var (username, password) = Credentials(binding.Authentication, venName, client);

        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(uri.Host, uri.IsDefaultPort ? (uri.Scheme == "mqtts" ? 8883 : 1883) : uri.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"{venName}-{Guid.NewGuid():N}")
            .WithCleanSession()
            .WithTimeout(PacketBound);
        if (uri.Scheme == "mqtts") options.WithTlsOptions(tls => grid.ConfigureMqttTls(tls, venName));
        if (username is not null) options.WithCredentials(username, password);

        var role = RoleOf(venName);
        var mqtt = new MqttClientFactory().CreateMqttClient();
        mqtt.ApplicationMessageReceivedAsync += e =>
        {
            var message = e.ApplicationMessage;
            evidence.Append(new EvidenceRecord
            {
                Direction = "request", From = "Vtn", To = role, Protocol = Protocol, Method = "PUBLISH", Endpoint = message.Topic,
                Headers = new Dictionary<string, string>
                {
                    ["qos"] = ((int)message.QualityOfServiceLevel).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["retain"] = message.Retain ? "true" : "false",
                    ["content-type"] = message.ContentType ?? "",
                },
                Body = Encoding.UTF8.GetString(message.Payload),
            });
            return Task.CompletedTask;
        };
        var connect = evidence.Append(new EvidenceRecord
        {
            Direction = "request", From = role, To = "Vtn", Protocol = Protocol, Method = "CONNECT", Endpoint = broker,
            Headers = username is null ? new Dictionary<string, string>()
                : new Dictionary<string, string> { ["username"] = username, ["password"] = Redaction.Fingerprint(password!) },
        });
        _connectedAt[venName] = connect.Seq;
        MqttClientConnectResult result;
        try
        {
            result = await mqtt.ConnectAsync(options.Build());
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
        {
            mqtt.Dispose();
            throw Judge.Fail($"the MQTT broker at {broker} to accept VEN '{venName}''s connection", $"it could not be reached or did not answer within {Expect.Describe(PacketBound)} ({e.Message})");
        }
        evidence.Append(new EvidenceRecord
        {
            Direction = "response", From = "Vtn", To = role, Protocol = Protocol, Method = "CONNACK", Endpoint = broker,
            Status = (int)result.ResultCode, InResponseTo = connect.Seq,
            Headers = result.ReasonString is { } reason ? new Dictionary<string, string> { ["reason"] = reason } : new Dictionary<string, string>(),
        });
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            mqtt.Dispose();
            throw Judge.Fail($"the MQTT broker at {broker} to accept VEN '{venName}''s connection ({binding.Authentication?.Method})",
                $"it answered CONNACK {result.ResultCode} (0x{(int)result.ResultCode:X2}){(result.ReasonString is { } r ? $": {r}" : "")}");
        }
        _clients[venName] = mqtt;
    }

    /// <summary>Subscribes the VEN's connected client to <paramref name="filters"/>; the SUBACK, recorded, answers per filter.</summary>
    public async Task<EvidenceRecord> SubscribeAsync(string venName, IReadOnlyList<string> filters)
    {
        if (!_clients.TryGetValue(venName, out var mqtt))
            throw new InvalidOperationException($"VEN '{venName}' has not connected to the MQTT broker in this scenario");
        var role = RoleOf(venName);
        var request = evidence.Append(new EvidenceRecord
        {
            Direction = "request", From = role, To = "Vtn", Protocol = Protocol, Method = "SUBSCRIBE", Endpoint = string.Join(" ", filters),
        });
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
        return evidence.Append(new EvidenceRecord
        {
            Direction = "response", From = "Vtn", To = role, Protocol = Protocol, Method = "SUBACK", Endpoint = request.Endpoint,
            InResponseTo = request.Seq,
            Headers = result.Items.ToDictionary(i => i.TopicFilter.Topic, i => $"0x{(int)i.ResultCode:X2} {i.ResultCode}"),
        });
    }

    /// <summary>Whether a SUBACK header value (as <see cref="SubscribeAsync"/> records it) grants the subscription: codes below 0x80.</summary>
    public static bool Grants(string subackCode) => Convert.ToInt32(subackCode[2..4], 16) < 0x80;

    /// <summary>Whether <paramref name="r"/> is a notification the broker delivered to the VEN.</summary>
    public static bool IsPublicationTo(string venName, EvidenceRecord r) =>
        r is { Protocol: Protocol, Direction: "request", Method: "PUBLISH", From: "Vtn" } && r.To == RoleOf(venName);

    public static string RoleOf(string venName) => new Subscriber(venName).Role;

    /// <summary>Disconnects the scenario's clients, each within the packet bound.</summary>
    public async Task DisconnectAllAsync()
    {
        foreach (var mqtt in _clients.Values)
        {
            using var timeout = new CancellationTokenSource(PacketBound);
            try
            {
                if (mqtt.IsConnected) await mqtt.DisconnectAsync(new MqttClientDisconnectOptions(), timeout.Token);
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
            {
                // The broker went first; nothing is left to close politely.
            }
            mqtt.Dispose();
        }
        _clients.Clear();
    }

    /// <summary>A harness VEN's clientID is its venName.</summary>
    private static (string? Username, string? Password) Credentials(MqttNotifierAuthentication? authentication, string venName, OpenAdrClient client) =>
        authentication?.Method switch
        {
            MqttNotifierAuthentication.AnonymousMethod => (null, null),
            MqttNotifierAuthentication.OAuth2BearerTokenMethod => (
                authentication.Username is null or MqttNotifierAuthentication.ClientIdUsername ? venName : authentication.Username,
                client.AccessToken),
            MqttNotifierAuthentication.CertificateMethod => throw Judge.Inconclusive(
                "the MQTT binding asks CERTIFICATE authentication; the harness holds no client certificate for its VENs"),
            var other => throw Judge.Fail("the MQTT binding's authentication method to be ANONYMOUS, OAUTH2_BEARER_TOKEN or CERTIFICATE", $"it is '{other}'"),
        };

    private static async Task<NotifierOperationsTopics> TopicsAsync(Task<NotifierTopicsResponse> call, string who, string path) =>
        (await VtnAnswers.Accepted(call, $"the VTN to answer {who}'s GET {path} with topic names")).Topics
        ?? throw Judge.Fail($"the VTN's answer to GET {path} to carry topics", "it had none");
}
