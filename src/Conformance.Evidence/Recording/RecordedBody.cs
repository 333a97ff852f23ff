using System.Text;

namespace Conformance.Evidence.Recording;

/// <summary>How every recorder turns a body into evidence: text, secrets redacted by the policy, cut when very large.</summary>
public static class RecordedBody
{
    /// <summary>Larger bodies are recorded up to this many characters and marked as truncated.</summary>
    public const int MaxLength = 1 << 20;

    /// <summary>The body as recorded text (UTF-8 as sent), or null when there is none.</summary>
    public static string? Text(ReadOnlySpan<byte> body, EvidencePolicy policy) =>
        body.Length == 0 ? null : Truncate(policy.Body(Encoding.UTF8.GetString(body)));

    /// <summary>A binary body in base64 (nothing in it can be redacted as text), or null when there is none.</summary>
    public static string? Base64(ReadOnlySpan<byte> body) => body.Length == 0 ? null : Truncate(Convert.ToBase64String(body));

    public static string Truncate(string body) =>
        body.Length <= MaxLength ? body : body[..MaxLength] + $"... [truncated: {body.Length} characters in all]";
}
