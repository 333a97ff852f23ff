using System.Net;
using Conformance.Model.SystemUnderTest;

namespace Conformance.Bindings.OpenAdr3.Configuration;

/// <summary>
/// The OpenADR 3.1 section of the system-under-test file, as <see cref="OpenAdr3Section"/> read it: how a VEN under
/// test reaches the harness's VTN at <see cref="HarnessVtnUrl"/> (with the credentials of <see cref="Ven"/>), how the
/// harness reaches a VTN under test (<see cref="Vtn"/>), and the harness's own endpoints.
/// </summary>
/// <param name="Ven">The VEN under test (or the credentials the harness's reference VEN is to use); null: the reference VEN's own.</param>
/// <param name="Vtn">The VTN under test, when the role under test is the VTN; null: the harness runs its own.</param>
/// <param name="HarnessVtnUrl">Where the harness's own VTN listens.</param>
/// <param name="Callbacks">Where the harness's webhook receivers listen and the address the VTN is told to call them at.</param>
/// <param name="HarnessVtnCertificateFile">
/// Where, besides the report directory, to write the public certificate of the harness's VTN when
/// <see cref="HarnessVtnUrl"/> is https (for a VEN under test to trust); null: the report directory only.
/// </param>
public sealed record OpenAdr3Settings(
    VenUnderTest? Ven, VtnUnderTest? Vtn, string HarnessVtnUrl, HarnessCallbacks Callbacks, string? HarnessVtnCertificateFile)
{
    /// <summary>Every role the harness's own: its VTN on a free loopback port over http, receivers on loopback.</summary>
    public static OpenAdr3Settings Default { get; } = new(null, null, "http://127.0.0.1:0", HarnessCallbacks.Loopback, null);

    /// <summary>The section a system under test carries, or the defaults (the embedded default, another binding's file).</summary>
    public static OpenAdr3Settings Of(SystemUnderTestDescription sut) => sut.BindingSection as OpenAdr3Settings ?? Default;

    /// <summary>
    /// Where the harness's VTN keeps the key it signs tokens with (harness.tokenKeyFile), so that a VEN kept running from an
    /// earlier run keeps a valid token; null: a fresh key per run.
    /// </summary>
    public string? TokenKeyFile { get; init; }
}

/// <summary>A VEN under test: the credentials it uses against the harness's VTN and its declared polling interval.</summary>
public sealed record VenUnderTest(string VenName, string ClientId, string ClientSecret, TimeSpan PollingInterval);

/// <summary>
/// A VTN under test: where it listens, the roots its TLS certificate chains to, and the credentials of the harness's
/// own clients provisioned on it (<see cref="HarnessClients"/>), each with the client certificate it presents when
/// the VTN asks for one (mutual TLS).
/// </summary>
public sealed record VtnUnderTest(Uri Url, CertificateFileReference? TrustedCertificates, IReadOnlyDictionary<string, HarnessClient> Clients);

/// <summary>The secret of one harness client on the VTN under test, and its client certificate, if any.</summary>
public sealed record HarnessClient(string ClientId, string ClientSecret, CertificateFileReference? Certificate);

/// <summary>The OpenADR 3.1 clients the harness plays, by the client IDs a VTN under test must have provisioned.</summary>
public static class HarnessClients
{
    public const string BusinessLogicClientId = "harness-business-logic";

    /// <summary>
    /// The VEN clients the harness plays itself, for scenarios that certify the VTN (isolation needs two). The third
    /// is kept for VEN enrollment: the business logic provisions its ven objects before it connects.
    /// </summary>
    public static readonly IReadOnlyList<string> VenIds = ["harness-ven-1", "harness-ven-2", "harness-ven-3"];

    /// <summary>Every client the VTN under test must have provisioned for the harness.</summary>
    public static IReadOnlyList<string> All => [BusinessLogicClientId, .. VenIds];
}

/// <summary>
/// The harness's webhook receivers (one per subscriber role): the address they listen on, the ports they may take
/// (each receiver the first free one from <see cref="FirstPort"/> to <see cref="LastPort"/>; 0 to 0: any free port),
/// the host the VTN is given in callbackUrl, the scheme (https unless the file says http: Definition.md, Webhooks, has
/// the VTN refuse http callbacks) and the certificate they serve https with (null: a development certificate made for
/// the run).
/// </summary>
public sealed record HarnessCallbacks(
    IPAddress Listen, int FirstPort, int LastPort, string Host, CertificateFileReference? Certificate, string Scheme = HarnessCallbacks.Https)
{
    public const string Https = "https";
    public const string Http = "http";

    /// <summary>The default: https on 127.0.0.1, any free port, so only a VTN on the same machine reaches them.</summary>
    public static HarnessCallbacks Loopback { get; } = new(IPAddress.Loopback, 0, 0, "127.0.0.1", null);

    /// <summary>Plain http, which only a VTN started with a development switch accepts.</summary>
    public bool IsPlainHttp => Scheme == Http;
}
