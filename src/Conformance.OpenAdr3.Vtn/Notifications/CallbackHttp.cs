using System.Net.Security;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The VTN's client of callback URLs, for the echo challenge and for notifications alike: redirects are not followed
/// (the callback is the URL the subscriber registered, and a POST turned into a GET would lose the notification), the
/// receivers' certificates are trusted as <see cref="NotificationOptions.CallbackTrustedCertificates"/> says, and no
/// timeout of its own: each caller bounds its requests on the VTN's terms.
/// </summary>
internal static class CallbackHttp
{
    public static HttpClient Create(NotificationOptions notifications) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                CertificateTrust.AcceptsServer(certificate, errors, notifications.CallbackTrustedCertificates),
        },
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
