using System.Collections.Concurrent;
using System.Net.WebSockets;
using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;

namespace Conformance.Evidence.WebSockets;

/// <summary>
/// A WebSocket that records every message it sends or receives before handing it on, then behaves as the socket it
/// wraps. A message is recorded whole: one it receives is read to its last frame and recorded before the first byte
/// reaches the caller (who then reads it in chunks as usual); one it sends is kept until its last fragment comes and
/// then recorded and sent as one frame. Close messages are recorded both ways. The binding's policy redacts bodies
/// and reads message ids: a message whose reply-to id names a message seen on this socket is recorded as a response
/// to it (<see cref="EvidenceRecord.CorrelationId"/>), every other one as a message.
/// </summary>
/// <param name="localRole">The role at this end of the socket, e.g. "Cem".</param>
/// <param name="peerRole">The role at the other end, e.g. "ResourceManager".</param>
/// <param name="target">The connection's path and query, recorded on each message, if known.</param>
public sealed class RecordingWebSocket(WebSocket inner, EvidenceLog log, RecordingOptions options,
    string localRole, string peerRole, string? target = null) : WebSocket
{
    private readonly ConcurrentDictionary<string, long> _seqOfMessage = new(StringComparer.Ordinal);
    private readonly MemoryStream _outgoing = new();
    private WebSocketMessageType _outgoingType;
    private byte[] _incoming = [];
    private int _incomingRead;
    private WebSocketMessageType _incomingType;
    private readonly Lock _closeGate = new();
    private bool _closeReceivedRecorded;
    private bool _closeSentRecorded;

    public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;
    public override string? CloseStatusDescription => inner.CloseStatusDescription;
    public override WebSocketState State => inner.State;
    public override string? SubProtocol => inner.SubProtocol;

    public override async Task SendAsync(
        ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (messageType == WebSocketMessageType.Close)
        {
            await inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);
            return;
        }
        if (_outgoing.Length == 0) _outgoingType = messageType;
        _outgoing.Write(buffer);
        if (!endOfMessage) return;
        var message = _outgoing.ToArray();
        _outgoing.SetLength(0);
        RecordMessage(message, _outgoingType, sent: true);
        await inner.SendAsync(message, _outgoingType, endOfMessage: true, cancellationToken);
    }

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        if (_incomingRead >= _incoming.Length)
        {
            using var whole = new MemoryStream();
            var chunk = new byte[16 * 1024];
            WebSocketReceiveResult result;
            do
            {
                result = await inner.ReceiveAsync(chunk, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    RecordClose(result.CloseStatus, result.CloseStatusDescription, sent: false);
                    return result;
                }
                whole.Write(chunk, 0, result.Count);
            }
            while (!result.EndOfMessage);
            (_incoming, _incomingRead, _incomingType) = (whole.ToArray(), 0, result.MessageType);
            RecordMessage(_incoming, _incomingType, sent: false);
            if (_incoming.Length == 0) return new WebSocketReceiveResult(0, _incomingType, endOfMessage: true);
        }
        var count = Math.Min(buffer.Count, _incoming.Length - _incomingRead);
        _incoming.AsSpan(_incomingRead, count).CopyTo(buffer.AsSpan());
        _incomingRead += count;
        return new WebSocketReceiveResult(count, _incomingType, endOfMessage: _incomingRead == _incoming.Length);
    }

    public override async Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
    {
        RecordClose(closeStatus, statusDescription, sent: true);
        await inner.CloseAsync(closeStatus, statusDescription, cancellationToken);
        // The peer's close came back inside the handshake, not through ReceiveAsync.
        if (inner.CloseStatus is { } peerStatus) RecordClose(peerStatus, inner.CloseStatusDescription, sent: false);
    }

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
    {
        RecordClose(closeStatus, statusDescription, sent: true);
        return inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);
    }

    public override void Abort() => inner.Abort();

    public override void Dispose()
    {
        inner.Dispose();
        _outgoing.Dispose();
    }

    private void RecordMessage(byte[] message, WebSocketMessageType type, bool sent)
    {
        var text = type == WebSocketMessageType.Text;
        var ids = text ? options.Policy.IdsOf(System.Text.Encoding.UTF8.GetString(message)) : default;
        long? answers = ids.RepliesTo is { } repliesTo && _seqOfMessage.TryGetValue(repliesTo, out var seq) ? seq : null;
        var record = Append(answers is null ? Directions.Message : Directions.Response, sent, answers,
            new WebSocketDetail { MessageType = text ? "text" : "binary", Target = target, MessageId = ids.Id },
            message.Length, text ? RecordedBody.Text(message, options.Policy) : RecordedBody.Base64(message));
        if (ids.Id is { } id) _seqOfMessage.TryAdd(id, record.Seq);
    }

    private void RecordClose(WebSocketCloseStatus? status, string? description, bool sent)
    {
        lock (_closeGate)
        {
            if (sent ? _closeSentRecorded : _closeReceivedRecorded) return;
            if (sent) _closeSentRecorded = true;
            else _closeReceivedRecorded = true;
        }
        Append(Directions.Message, sent, null,
            new WebSocketDetail { MessageType = "close", Target = target, CloseStatus = (int?)status, CloseDescription = description }, 0, null);
    }

    private EvidenceRecord Append(string direction, bool sent, long? correlation, WebSocketDetail detail, long size, string? body) =>
        log.Append(new EvidenceRecord
        {
            Direction = direction,
            From = sent ? localRole : peerRole,
            To = sent ? peerRole : localRole,
            Binding = options.Binding,
            CorrelationId = correlation,
            WebSocket = detail,
            Size = size,
            Body = body,
        });
}
