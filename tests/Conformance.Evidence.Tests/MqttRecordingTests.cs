using System.Text;
using System.Text.Json;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Evidence.Mqtt;
using Conformance.Evidence.Recording;
using Conformance.Model;

namespace Conformance.Evidence.Tests;

public class MqttRecordingTests
{
    private sealed class TokenPolicy : EvidencePolicy
    {
        public override string Body(string body) => body.Replace("s3cret", Fingerprint.Of("s3cret"), StringComparison.Ordinal);
    }

    private static (EvidenceLog Log, MqttRecorder Recorder) Start()
    {
        var log = new EvidenceLog(new RunClock(ClockSetting.Real), null);
        return (log, new MqttRecorder(log, new RecordingOptions("openadr3", new TokenPolicy()), "Ven harness-ven-1", "Vtn",
            "mqtt://127.0.0.1:1883", "harness-ven-1-abc"));
    }

    [Test]
    public void A_connection_is_recorded_packet_by_packet_with_answers_tied_to_what_they_answer()
    {
        var (log, mqtt) = Start();
        using var _ = log;

        var connect = mqtt.Connect("harness-ven-1", "token.of.ven");
        mqtt.ConnAck(connect, 0, "Success");
        var subscribe = mqtt.Subscribe([new MqttSubscription("openadr/ven/1/events", Qos: 1)], packetId: 7);
        var suback = mqtt.SubAck(subscribe, [new MqttSubscription("openadr/ven/1/events", ReasonCode: 0x87, Reason: "NotAuthorized")]);
        var publish = mqtt.Delivered(
            new MqttPublication("openadr/ven/1/events", Encoding.UTF8.GetBytes("{\"token\":\"s3cret\"}"), Qos: 1, PacketId: 3));
        var puback = mqtt.PubAck(publish);

        var records = log.Snapshot();
        records.Should().OnlyContain(r => r.Transport == "mqtt" && r.Binding == "openadr3" && r.Http == null
            && r.Mqtt!.Broker == "mqtt://127.0.0.1:1883" && r.Mqtt.ClientId == "harness-ven-1-abc");
        records.Select(r => (r.Direction, r.From, r.To, r.Mqtt!.PacketType, r.CorrelationId)).Should().Equal(
            ("request", "Ven harness-ven-1", "Vtn", "CONNECT", null),
            ("response", "Vtn", "Ven harness-ven-1", "CONNACK", 1),
            ("request", "Ven harness-ven-1", "Vtn", "SUBSCRIBE", null),
            ("response", "Vtn", "Ven harness-ven-1", "SUBACK", 3),
            ("request", "Vtn", "Ven harness-ven-1", "PUBLISH", null),
            ("response", "Ven harness-ven-1", "Vtn", "PUBACK", 5));
        connect.Mqtt!.Password.Should().Be(Fingerprint.Of("token.of.ven"));
        suback.Mqtt!.PacketId.Should().Be(7);
        suback.Mqtt.Subscriptions!.Single().Granted.Should().BeFalse();
        publish.Mqtt!.Should().Match<MqttDetail>(m => m.Topic == "openadr/ven/1/events" && m.Qos == 1 && m.Retain == false && m.PacketId == 3);
        publish.Size.Should().Be(18);
        publish.Body.Should().NotContain("s3cret");
        puback.Mqtt!.PacketId.Should().Be(3);
    }

    [Test]
    public void No_password_reaches_the_evidence_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.jsonl");
        using (var log = new EvidenceLog(new RunClock(ClockSetting.Real), path))
            new MqttRecorder(log, new RecordingOptions("openadr3"), "Ven", "Vtn", "mqtt://b", "c").Connect("ven", "p4ssw0rd");
        File.ReadAllText(path).Should().NotContain("p4ssw0rd").And.Contain("<redacted sha256:");
        File.Delete(path);
    }

    [Test]
    public void Mqtt_packets_read_as_one_line_each()
    {
        var (log, mqtt) = Start();
        using var _ = log;
        var connect = mqtt.Connect();
        mqtt.ConnAck(connect, 0x87, "NotAuthorized").Summary
            .Should().MatchRegex(@"^#2 t=\d+\.\d{6} s MQTT CONNACK \(Vtn -> Ven harness-ven-1\) 0x87 NotAuthorized$");
        var subscribe = mqtt.Subscribe([new MqttSubscription("a/b", 1), new MqttSubscription("c/#", 1)]);
        subscribe.Summary.Should().EndWith("MQTT SUBSCRIBE a/b, c/# (Ven harness-ven-1 -> Vtn)");
        mqtt.SubAck(subscribe, [new MqttSubscription("a/b", ReasonCode: 1), new MqttSubscription("c/#", ReasonCode: 0x87)])
            .Summary.Should().EndWith("MQTT SUBACK a/b 0x01, c/# 0x87 (Vtn -> Ven harness-ven-1)");
        mqtt.Delivered(new MqttPublication("a/b", Encoding.UTF8.GetBytes("{}"), 0))
            .Summary.Should().EndWith("MQTT PUBLISH a/b qos 0 (Vtn -> Ven harness-ven-1)");
    }

    [Test]
    public void An_mqtt_record_is_one_json_line_with_its_detail_object()
    {
        var (log, mqtt) = Start();
        using var _ = log;
        var record = mqtt.Delivered(new MqttPublication("t", Encoding.UTF8.GetBytes("{}"), 1, PacketId: 2));
        var json = JsonSerializer.Serialize(record, EvidenceLog.JsonOptions);
        var element = JsonDocument.Parse(json).RootElement;
        element.GetProperty("transport").GetString().Should().Be("mqtt");
        element.GetProperty("mqtt").GetProperty("packetType").GetString().Should().Be("PUBLISH");
        element.TryGetProperty("http", out var _).Should().BeFalse();
        JsonSerializer.Deserialize<EvidenceRecord>(json, EvidenceLog.JsonOptions).Should().BeEquivalentTo(record);
    }
}
