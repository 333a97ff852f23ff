namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// A certificate file the system-under-test file names: paths resolved against that file's folder, the password (from
/// the environment variable it names), and where it was named, so that a file that cannot be used is reported at the
/// file, line and field that name it.
/// </summary>
public sealed record CertificateFileReference(string Path, string? KeyPath, string? Password, string File, int? Line, string Field)
{
    public ConfigurationException Error(string problem) => new(File, Line, Field, problem);
}
