using System.Security.Cryptography;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The shape of the echo challenge (Definition.md, Webhooks): the value it carries and the URL it is sent to. The VTN's
/// own (<see cref="Random"/>) draws 128 random bits per check and sends them to the registered URL. A middleware of
/// <see cref="VtnOptions.ConfigurePipeline"/> may set another on a request (<c>HttpContext.Features.Set</c>): tests use
/// it to make the VTN challenge wrongly and prove a scenario catches it.
/// </summary>
public interface IEchoChallenge
{
    /// <summary>The reference VTN's challenge: a fresh random value, on the callback URL as registered.</summary>
    static IEchoChallenge Random { get; } = new RandomEchoChallenge();

    string NewValue();

    /// <summary>The URL the GET goes to: <paramref name="callbackUrl"/> with <c>echo=</c><paramref name="value"/> appended to its query.</summary>
    Uri Target(Uri callbackUrl, string value) => new UriBuilder(callbackUrl)
    {
        Query = (callbackUrl.Query.Length > 1 ? callbackUrl.Query[1..] + "&" : "") + "echo=" + Uri.EscapeDataString(value),
    }.Uri;

    private sealed class RandomEchoChallenge : IEchoChallenge
    {
        public string NewValue() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    }
}
