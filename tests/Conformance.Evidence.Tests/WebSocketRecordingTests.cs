using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;
using Conformance.Evidence.WebSockets;
using Conformance.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Evidence.Tests;

/// <summary>A real loopback WebSocket (Kestrel and ClientWebSocket), each end wrapped in its own recorder.</summary>
public class WebSocketRecordingTests
{
    /// <summary>An S2-like binding: each message has an id, a reception status names the message it answers.</summary>
    private sealed class MessageIdPolicy : EvidencePolicy
    {
        public override string Body(string body) => body.Replace("s3cret", Fingerprint.Of("s3cret"), StringComparison.Ordinal);

        public override MessageIds IdsOf(string body)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                string? Text(string name) => json.RootElement.TryGetProperty(name, out var v) ? v.GetString() : null;
                return new MessageIds(Text("message_id"), Text("subject_message_id"));
            }
            catch (JsonException) { return default; }
        }
    }

    private static readonly RecordingOptions Options = new("s2", new MessageIdPolicy());

    [Test]
    public async Task Every_message_is_recorded_whole_at_both_ends_before_it_is_handed_on()
    {
        using var serverLog = new EvidenceLog(new RunClock(ClockSetting.Real), null);
        using var clientLog = new EvidenceLog(new RunClock(ClockSetting.Real), null);
        var handed = new List<(string Text, int RecordsBefore)>();
        var serverDone = new TaskCompletionSource();

        var (app, http) = await LoopbackServer.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Map("/s2", async (HttpContext context) =>
            {
                using var socket = new RecordingWebSocket(
                    await context.WebSockets.AcceptWebSocketAsync(), serverLog, Options, "ResourceManager", "Cem", "/s2");
                try
                {
                    while (true)
                    {
                        var (text, type) = await ReceiveWholeAsync(socket, chunk: 5);
                        if (type == WebSocketMessageType.Close) break;
                        lock (handed) handed.Add((text, serverLog.Snapshot().Count));
                        if (type == WebSocketMessageType.Text && JsonDocument.Parse(text).RootElement.GetProperty("message_id").GetString() is { } id)
                            await socket.SendAsync(Encoding.UTF8.GetBytes(
                                    $"{{\"message_type\":\"ReceptionStatus\",\"message_id\":\"r-{id}\",\"subject_message_id\":\"{id}\"}}"),
                                WebSocketMessageType.Text, true, CancellationToken.None);
                    }
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                }
                finally { serverDone.TrySetResult(); }
            });
        });
        await using var _ = app;

        using var raw = new ClientWebSocket();
        await raw.ConnectAsync(new Uri($"ws://{http.Authority}/s2"), CancellationToken.None);
        using var client = new RecordingWebSocket(raw, clientLog, Options, "Cem", "ResourceManager", "/s2");
        var handshake = Encoding.UTF8.GetBytes("{\"message_type\":\"Handshake\",\"message_id\":\"m1\",\"token\":\"s3cret\"}");
        await client.SendAsync(handshake.AsMemory(0, 20), WebSocketMessageType.Text, false, CancellationToken.None);
        await client.SendAsync(handshake.AsMemory(20), WebSocketMessageType.Text, true, CancellationToken.None);
        var (reply, _) = await ReceiveWholeAsync(client, chunk: 8);
        await client.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        await serverDone.Task.WaitAsync(TimeSpan.FromSeconds(10));

        reply.Should().Contain("\"subject_message_id\":\"m1\"");
        handed.Select(h => h.Text).Should().Equal(Encoding.UTF8.GetString(handshake), "\u0001\u0002\u0003");
        handed[0].RecordsBefore.Should().Be(1, "the server's recorder appended the handshake before handing it on");

        var server = serverLog.Snapshot();
        server.Select(r => (r.Direction, r.From, r.To, r.WebSocket!.MessageType, r.CorrelationId)).Should().Equal(
            ("message", "Cem", "ResourceManager", "text", null),
            ("response", "ResourceManager", "Cem", "text", 1),
            ("message", "Cem", "ResourceManager", "binary", null),
            ("message", "Cem", "ResourceManager", "close", null),
            ("message", "ResourceManager", "Cem", "close", null));
        server.Should().OnlyContain(r => r.Transport == "websocket" && r.Binding == "s2" && r.WebSocket!.Target == "/s2");
        server[0].Should().Match<EvidenceRecord>(r => r.WebSocket!.MessageId == "m1" && r.Size == handshake.Length && !r.Body!.Contains("s3cret"));
        server[2].Body.Should().Be("AQID");
        server[3].WebSocket!.Should().Match<WebSocketDetail>(w => w.CloseStatus == 1000 && w.CloseDescription == "done");

        var clientSide = clientLog.Snapshot();
        clientSide.Select(r => (r.Direction, r.From, r.To, r.WebSocket!.MessageType, r.CorrelationId)).Should().Equal(
            ("message", "Cem", "ResourceManager", "text", null),
            ("response", "ResourceManager", "Cem", "text", 1),
            ("message", "Cem", "ResourceManager", "binary", null),
            ("message", "Cem", "ResourceManager", "close", null),
            ("message", "ResourceManager", "Cem", "close", null));
        clientSide[0].Size.Should().Be(handshake.Length, "the two fragments were recorded as one message");
        clientSide[1].Summary.Should().MatchRegex(@"^#2 t=\d+\.\d{6} s WebSocket text \d+ bytes id r-m1 \(ResourceManager -> Cem\) replying to #1$");
        clientSide[4].WebSocket!.CloseDescription.Should().Be("bye");
    }

    private static async Task<(string Text, WebSocketMessageType Type)> ReceiveWholeAsync(WebSocket socket, int chunk)
    {
        var buffer = new byte[chunk];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
        return (Encoding.UTF8.GetString(message.ToArray()), result.MessageType);
    }
}
