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
