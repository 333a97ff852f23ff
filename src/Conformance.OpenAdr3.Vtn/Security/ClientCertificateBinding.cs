using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Under mutual TLS a bearer token counts only over its own client's connection: the clientID the token names must
/// be the subject CN of the client certificate the connection presented, else 403 naming both. A stolen token (or
/// secret) is then useless without that client's private key too.
/// </summary>
internal sealed class ClientCertificateBinding(RequestDelegate next)
{
    private const string CommonNameOid = "2.5.4.3";

    public async Task InvokeAsync(HttpContext context)
    {
        var tokenClient = context.User.FindFirstValue(Caller.ClientIdClaim);
        var certificate = context.Connection.ClientCertificate;
        if (tokenClient is null || certificate is null)
        {
            await next(context);
            return;
        }

        var certificateClient = ClientIdOf(certificate);
        if (certificateClient == tokenClient)
        {
            await next(context);
            return;
        }
        var presented = certificateClient is null ? "has no subject CN" : $"is for client '{certificateClient}' (its subject CN)";
        await ProblemResult.Forbidden($"Authorization: the bearer token is for client '{tokenClient}' but the client certificate {presented}; " +
            "under mutual TLS a token is used only over its own client's connection.").ExecuteAsync(context);
    }

    /// <summary>The clientID a client certificate is for: its subject CN; null when it has none.</summary>
    internal static string? ClientIdOf(X509Certificate2 certificate) => certificate.SubjectName.EnumerateRelativeDistinguishedNames()
        .FirstOrDefault(name => !name.HasMultipleElements && name.GetSingleElementType().Value == CommonNameOid)?.GetSingleElementValue();
}
