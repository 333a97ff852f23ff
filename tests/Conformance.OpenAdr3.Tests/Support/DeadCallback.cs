namespace Conformance.OpenAdr3.Tests.Support;

internal static class DeadCallback
{
    /// <summary>
    /// The callback URL of a receiver that answered the VTN's echo challenge and stopped at once, so each later POST
    /// is refused: a subscriber that went away after subscribing.
    /// </summary>
    public static async Task<Uri> UrlAsync(Func<Uri, Task> subscribe)
    {
        var receiver = await CallbackReceiver.StartAsync();
        try
        {
            await subscribe(receiver.Url);
            return receiver.Url;
        }
        finally { await receiver.DisposeAsync(); }
    }
}
