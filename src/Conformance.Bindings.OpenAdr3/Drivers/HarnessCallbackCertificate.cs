using System.Net;
using System.Security.Cryptography.X509Certificates;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Roles.Bindings;
using Conformance.Tls;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The harness's webhook receivers serve https (Definition.md, Webhooks: the VTN refuses http callback URLs): with the
/// certificate harness.callbacks names, or else a development certificate made for the run, naming the callback host.
/// The harness's own VTN trusts it by itself; a VTN under test must be told to, so its public PEM goes into the
/// report directory and its path and fingerprint are announced before the first scenario.
/// </summary>
public static class HarnessCallbackCertificate
{
    /// <summary>In the report directory: the public certificate of the harness's webhook receivers.</summary>
    public const string FileName = "harness-callback-certificate.pem";

    /// <summary>The receivers' certificate with its key: the file's, a generated one, or none for http receivers.</summary>
    public static X509Certificate2? For(HarnessCallbacks callbacks)
    {
        if (callbacks.Certificate is { } file) return CertificateReferences.LoadWithKey(file);
        if (callbacks.IsPlainHttp) return null;
        var wildcard = callbacks.Listen.Equals(IPAddress.Any) || callbacks.Listen.Equals(IPAddress.IPv6Any);
        var listen = wildcard ? [] : new[] { callbacks.Listen.ToString() };
        return DevelopmentCertificates.CreateServerCertificate([callbacks.Host.Trim('[', ']'), .. listen],
            "Conformance harness webhook receivers (development)");
    }

    /// <summary>Writes and announces a generated certificate when a VTN under test must trust it.</summary>
    public static void Publish(GridDomain grid, BindingContext context)
    {
        if (!grid.VtnIsUnderTest || grid.Settings.Callbacks.Certificate is not null || grid.CallbackCertificate is not { } certificate) return;
        Directory.CreateDirectory(context.ReportDirectory);
        var file = Path.Combine(context.ReportDirectory, FileName);
        CertificateFiles.WritePem(certificate, file);
        context.Announce(
            $"The harness's webhook receivers serve https with a certificate made for this run (the VTN under test must trust it): {file}");
        context.Announce($"  SHA-256 fingerprint {CertificateFiles.Fingerprint(certificate)}, "
            + $"valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC; callbacks at https://{grid.Settings.Callbacks.Host}");
    }
}
