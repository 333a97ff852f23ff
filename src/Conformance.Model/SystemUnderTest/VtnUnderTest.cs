namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// A VTN under test: where it listens, the roots its TLS certificate chains to, and the credentials of the harness's
/// own clients provisioned on it (the business logic and the VENs the harness plays, by the client IDs the features
/// use), each with the client certificate it presents when the VTN asks for one (mutual TLS).
/// </summary>
public sealed record VtnUnderTest(Uri Url, CertificateFileReference? TrustedCertificates, IReadOnlyDictionary<string, HarnessClient> Clients)
{
    public const string BusinessLogicClientId = "harness-business-logic";

    /// <summary>
    /// The VEN clients the harness plays itself, for scenarios that certify the VTN (isolation needs two). The third
    /// is kept for VEN enrollment: the business logic provisions its ven objects before it connects.
    /// </summary>
    public static readonly IReadOnlyList<string> HarnessVenIds = ["harness-ven-1", "harness-ven-2", "harness-ven-3"];

    /// <summary>Every client the VTN under test must have provisioned for the harness.</summary>
    public static IReadOnlyList<string> HarnessClientIds => [BusinessLogicClientId, .. HarnessVenIds];
}

/// <summary>The secret of one harness client on the VTN under test, and its client certificate, if any.</summary>
public sealed record HarnessClient(string ClientId, string ClientSecret, CertificateFileReference? Certificate);

/// <summary>
/// A certificate file the system-under-test file names: paths resolved against that file's folder, the password (from
/// the environment variable it names), and where it was named, so that a file that cannot be used is reported at the
/// file, line and field that name it.
/// </summary>
public sealed record CertificateFileReference(string Path, string? KeyPath, string? Password, string File, int? Line, string Field)
{
    public ConfigurationException Error(string problem) => new(File, Line, Field, problem);
}
