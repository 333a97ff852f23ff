using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>
    /// Client-credentials login: the token URL comes from GET auth/server when the VTN offers it, else
    /// auth/token. The token is kept for later calls and fetched again once if a call answers 401.
    /// </summary>
    public static async Task<OpenAdrClient> ConnectAsync(HttpClient http, string clientId, string clientSecret, CancellationToken ct)
    {
        var client = new OpenAdrClient(http)
        {
            credentials = new ClientCredentialRequest
            {
                GrantType = ClientCredentialRequest.ClientCredentialsGrant,
                ClientId = clientId,
                ClientSecret = clientSecret,
            },
        };
        await client.RefreshTokenAsync(ct);
        return client;
    }

    /// <summary>GET auth/server; sent without a token, as the YAML asks none.</summary>
    public async Task<AuthServerInfo> GetAuthServerAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync(UrlOf("auth/server"), ct);
        return await ReadAsync<AuthServerInfo>(response, ct);
    }

    /// <summary>POST of a form-encoded clientCredentialRequest to <paramref name="url"/>, as the YAML's /auth/token defines.</summary>
    public async Task<TokenResponse> FetchTokenAsync(Uri url, ClientCredentialRequest request, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(request.ToForm());
        using var response = await http.PostAsync(url, content, ct);
        return await ReadAsync<TokenResponse>(response, ct);
    }

    private async Task RefreshTokenAsync(CancellationToken ct)
    {
        tokenUrl ??= await DiscoverTokenUrlAsync(ct);
        var token = await FetchTokenAsync(tokenUrl, credentials!, ct);
        AccessToken = token.AccessToken
            ?? throw new JsonException($"POST {tokenUrl} answered without access_token.");
    }

    private async Task<Uri> DiscoverTokenUrlAsync(CancellationToken ct)
    {
        try
        {
            var info = await GetAuthServerAsync(ct);
            if (Uri.TryCreate(baseAddress, info.TokenUrl, out var url)) return url;
        }
        catch (Exception ex) when (ex is ProblemException or JsonException)
        {
            // auth/server is required by the spec, but a VTN without it may still serve auth/token.
        }
        return UrlOf("auth/token");
    }
}
