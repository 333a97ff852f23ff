namespace Conformance.OpenAdr3.Vtn;

/// <summary>A client provisioned out of band, as the spec assumes: id and secret for /auth/token.</summary>
public sealed record VtnClientCredential(string ClientId, string ClientSecret, VtnClientRole Role);
