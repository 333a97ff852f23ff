using Conformance.OpenAdr3.SpecClient.Tests.Generated;
using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Conformance.OpenAdr3.SpecClient.Tests.Support;

/// <summary>
/// The access token for Kiota's standard <see cref="BaseBearerTokenAuthenticationProvider"/>, fetched as the YAML's
/// oAuth2ClientCredentials scheme says: POST /auth/token with a clientCredentialRequest form body, through the
/// generated client. Fetched once, on the first request; tokens outlive any test (decision 33: one hour).
/// </summary>
internal sealed class ClientCredentialsTokenProvider(OpenAdr3Client tokenEndpoint, string clientId, string clientSecret, Uri vtn)
    : IAccessTokenProvider
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ClientCredentialResponse? token;

    /// <summary>The token goes to the VTN only.</summary>
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([vtn.Host]);

    /// <summary>The token response, once a request has fetched it.</summary>
    public ClientCredentialResponse? Token => token;

    public async Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
        await gate.WaitAsync(cancellationToken);
        try
        {
            token ??= await tokenEndpoint.Auth.Token.PostAsync(new ClientCredentialRequest
            {
                GrantType = ClientCredentialRequest_grant_type.Client_credentials,
                ClientId = clientId,
                ClientSecret = clientSecret,
            }, cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException("POST /auth/token answered without a body.");
            return token.AccessToken ?? throw new InvalidOperationException("POST /auth/token answered without access_token.");
        }
        finally
        {
            gate.Release();
        }
    }
}
