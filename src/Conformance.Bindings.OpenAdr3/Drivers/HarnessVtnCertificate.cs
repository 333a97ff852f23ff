using System.Security.Cryptography.X509Certificates;
using Conformance.Roles.Bindings;
using Conformance.Tls;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Over https the harness's VTN serves a certificate generated for this run, which a VEN under test on another machine
/// must trust. Its public PEM goes into the report directory (and harness.vtnCertificateFile), and its path and SHA-256
/// fingerprint are announced before the first scenario, so an operator can install and check it.
/// </summary>
public static class HarnessVtnCertificate
{
    /// <summary>In the report directory: the public certificate of the harness's VTN over https.</summary>
    public const string FileName = "harness-vtn-certificate.pem";

    public static async Task PublishAsync(GridDomain grid, BindingContext context, CancellationToken ct)
    {
        X509Certificate2? certificate;
        try
        {
            certificate = await grid.ReferenceVtnCertificateAsync(ct);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            // The scenarios that need the VTN report the same failure as their verdicts.
            context.Announce($"error: the harness's VTN at {grid.Settings.HarnessVtnUrl} did not start: {e.Message}");
            return;
        }
        if (certificate is null) return;
        Directory.CreateDirectory(context.ReportDirectory);
        var named = grid.Settings.HarnessVtnCertificateFile;
        string[] files = [Path.Combine(context.ReportDirectory, FileName), .. named is null ? Array.Empty<string>() : [named]];
        foreach (var file in files)
        {
            CertificateFiles.WritePem(certificate, file);
            context.Announce($"The harness's VTN certificate (install it on the VEN under test): {file}");
        }
        context.Announce($"  SHA-256 fingerprint {CertificateFiles.Fingerprint(certificate)}, "
            + $"valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");
        // TLS checks the name the VEN calls the VTN by, so say which names the certificate holds and where the VTN listens.
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(san => san.EnumerateDnsNames().Concat(san.EnumerateIPAddresses().Select(ip => ip.ToString())));
        context.Announce($"  names {string.Join(", ", names)}; the VTN listens at {grid.VtnBaseAddress}");
    }
}
