namespace Conformance.Tls;

/// <summary>A certificate or key file that cannot be used; the message is one line, "path: problem".</summary>
public sealed class CertificateFileException(string filePath, string problem, Exception? inner = null)
    : Exception($"{filePath}: {problem}", inner)
{
    public string FilePath { get; } = filePath;
}
