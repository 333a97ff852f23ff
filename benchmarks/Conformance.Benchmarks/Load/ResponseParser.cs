using System.Buffers.Text;
using System.Globalization;

namespace Conformance.Benchmarks.Load;

/// <summary>The status and body length of one HTTP/1.1 response; the body itself is not kept.</summary>
internal readonly record struct ResponseSummary(int Status, int BodyLength);

/// <summary>
/// Reads just enough of an HTTP/1.1 response to know where it ends: the status line, Content-Length or chunked
/// framing (Kestrel uses chunked for JSON results it did not buffer), nothing else.
/// </summary>
internal static class ResponseParser
{
    private static ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    /// <summary>False while <paramref name="data"/> does not yet hold the whole response.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out ResponseSummary response, out int consumed)
    {
        response = default;
        consumed = 0;
        var headerEnd = data.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0) return false;

        // "HTTP/1.1 200 OK": the status is the three digits after the first space.
        var head = data[..headerEnd];
        var space = head.IndexOf((byte)' ');
        if (space < 0 || !Utf8Parser.TryParse(head.Slice(space + 1, 3), out int status, out _))
            throw new InvalidDataException("The response does not start with an HTTP/1.1 status line.");

        var (contentLength, chunked) = ReadFraming(head);
        var body = data[(headerEnd + 4)..];
        int bodyLength, bodyBytes;
        if (contentLength is { } length)
        {
            if (body.Length < length) return false;
            (bodyLength, bodyBytes) = (length, length);
        }
        else if (chunked)
        {
            if (!TryMeasureChunks(body, out bodyLength, out bodyBytes)) return false;
        }
        else
        {
            (bodyLength, bodyBytes) = (0, 0);
        }

        response = new ResponseSummary(status, bodyLength);
        consumed = headerEnd + 4 + bodyBytes;
        return true;
    }

    private static (int? ContentLength, bool Chunked) ReadFraming(ReadOnlySpan<byte> head)
    {
        int? contentLength = null;
        var chunked = false;
        foreach (var range in head.Split(LineEnd))
        {
            var line = head[range];
            var colon = line.IndexOf((byte)':');
            if (colon < 0) continue;
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (name.EqualsIgnoreCase("Content-Length"u8) && Utf8Parser.TryParse(value, out int length, out _)) contentLength = length;
            else if (name.EqualsIgnoreCase("Transfer-Encoding"u8) && value.IndexOf("chunked"u8) >= 0) chunked = true;
        }
        return (contentLength, chunked);
    }

    /// <summary>Walks "size CRLF data CRLF" chunks up to the last (size 0) chunk and its trailer section.</summary>
    private static bool TryMeasureChunks(ReadOnlySpan<byte> body, out int bodyLength, out int bodyBytes)
    {
        bodyLength = 0;
        bodyBytes = 0;
        var at = 0;
        while (true)
        {
            var sizeLineLength = body[at..].IndexOf(LineEnd);
            if (sizeLineLength < 0) return false;
            var sizeText = body.Slice(at, sizeLineLength);
            var extension = sizeText.IndexOf((byte)';');
            if (extension >= 0) sizeText = sizeText[..extension];
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size))
                throw new InvalidDataException("A chunk size is not hexadecimal.");
            at += sizeLineLength + 2;

            if (size == 0) return TrySkipTrailers(body, at, out bodyBytes);
            if (body.Length < at + size + 2) return false;
            bodyLength += size;
            at += size + 2;
        }
    }

    private static bool TrySkipTrailers(ReadOnlySpan<byte> body, int at, out int end)
    {
        end = 0;
        while (true)
        {
            var lineLength = body[at..].IndexOf(LineEnd);
            if (lineLength < 0) return false;
            at += lineLength + 2;
            if (lineLength == 0)
            {
                end = at;
                return true;
            }
        }
    }

    private static bool EqualsIgnoreCase(this ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii) =>
        System.Text.Ascii.EqualsIgnoreCase(text, ascii);
}
