using System.Net;

namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// What is being certified: which role a third-party implementation plays (none in the embedded default, where
/// every role is the harness's own reference implementation), how to reach it (a VEN under test reaches the harness's
/// VTN at <see cref="HarnessVtnUrl"/>; the harness reaches a VTN under test as <see cref="Vtn"/> says), and which
/// optional features it declares. Read from the file given with --sut; see <see cref="SystemUnderTestFile"/>.
/// </summary>
public sealed record SystemUnderTestDescription(
    string Name,
    string? Vendor,
    string? Version,
    Role? RoleUnderTest,
    ClockSetting Clock,
    IReadOnlySet<string> Capabilities,
    VenUnderTest? Ven,
    string HarnessVtnUrl)
{
    /// <summary>The VTN under test, when <see cref="RoleUnderTest"/> is the VTN; null: the harness runs its own.</summary>
    public VtnUnderTest? Vtn { get; init; }

    /// <summary>Where the harness's webhook receivers listen and the address the VTN is told to call them at.</summary>
    public HarnessCallbacks Callbacks { get; init; } = HarnessCallbacks.Loopback;

    /// <summary>
    /// Where, besides the report directory, to write the public certificate of the harness's VTN when
    /// <see cref="HarnessVtnUrl"/> is https (for a VEN under test to trust); null: the report directory only.
    /// </summary>
    public string? HarnessVtnCertificateFile { get; init; }

    /// <summary>
    /// The protocol binding the run speaks (its name in <c>@binding:&lt;name&gt;</c> tags); a scenario tagged for another
    /// binding is not applicable to the run.
    /// </summary>
    public string Binding { get; init; } = DefaultBinding;

    /// <summary>OpenADR 3.1, the binding of the embedded default and of every system-under-test file that names none.</summary>
    public const string DefaultBinding = "openadr3";

    /// <summary>The harness's reference implementations certified against each other.</summary>
    public static SystemUnderTestDescription EmbeddedDefault { get; } = new(
        "Reference implementations (embedded default)", "IEC 62746 conformance harness", null,
        RoleUnderTest: null, ClockSetting.Real, new HashSet<string>(), Ven: null, HarnessVtnUrl: "http://127.0.0.1:0");

    /// <summary>
    /// Whether the system under test declares an optional feature. The harness's own roles implement every
    /// feature, so with no role under test every capability is supported.
    /// </summary>
    public bool Supports(string capability) =>
        RoleUnderTest is null || Capabilities.Contains(capability, StringComparer.OrdinalIgnoreCase);
}

/// <summary>A VEN under test: the credentials it uses against the harness's VTN and its declared polling interval.</summary>
public sealed record VenUnderTest(string VenName, string ClientId, string ClientSecret, TimeSpan PollingInterval);

/// <summary>
/// The harness's webhook receivers (one per subscriber role): the address they listen on, the ports they may take
/// (each receiver the first free one from <see cref="FirstPort"/> to <see cref="LastPort"/>; 0 to 0: any free port),
/// the host the VTN is given in callbackUrl, and the certificate they serve https with (null: http).
/// </summary>
public sealed record HarnessCallbacks(IPAddress Listen, int FirstPort, int LastPort, string Host, CertificateFileReference? Certificate)
{
    /// <summary>The default: http on 127.0.0.1, any free port, so only a VTN on the same machine reaches them.</summary>
    public static HarnessCallbacks Loopback { get; } = new(IPAddress.Loopback, 0, 0, "127.0.0.1", null);

    public string Scheme => Certificate is null ? "http" : "https";
}
