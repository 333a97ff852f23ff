using System.Security.Cryptography.X509Certificates;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// How the VTN delivers notifications (webhook callbacks and MQTT publications): off the request path, through
/// bounded queues that drop rather than wait when full, with bounded retries and exponential back-off on
/// <see cref="VtnOptions.Time"/>, so a slow or dead receiver never slows the API.
/// </summary>
public sealed record NotificationOptions
{
    /// <summary>Changes waiting to be fanned out, and MQTT publications waiting to be sent; when full, new ones are dropped (logged).</summary>
    public int QueueCapacity { get; init; } = 1024;

    /// <summary>Notifications waiting for one subscription callback; when full, new ones are dropped (logged).</summary>
    public int CallbackQueueCapacity { get; init; } = 100;

    /// <summary>Attempts per notification, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait after the first failed attempt; it doubles after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt (a callback POST, a broker publish) may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the echo challenge to a new callback URL may take (Definition.md, Webhooks) before the subscription is
    /// refused; on the wall clock, since the client that registers the callback waits for it. Definition.md's guideline
    /// for requests to a webhook is "between 10 and 30 seconds".
    /// </summary>
    public TimeSpan CallbackCheckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The hosts callbacks may be posted to (names or IP literals as a URL writes them, e.g. 127.0.0.1, [::1]);
    /// null (the default) allows any. Others are not posted to at all, not even looked up: a harness whose
    /// subscribers all run on its own machine sets its loopback names here, so no test posts beyond it.
    /// </summary>
    public IReadOnlyList<string>? CallbackHosts { get; init; }

    /// <summary>
    /// Roots trusted for https:// callbacks besides the machine's, e.g. the CA of subscribers' webhook receivers on a
    /// private network. The callback's host name is still checked.
    /// </summary>
    public IReadOnlyList<X509Certificate2> CallbackTrustedCertificates { get; init; } = [];

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): 1 s, 2 s, 4 s ... by default.</summary>
    public TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromTicks((long)Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * Math.Pow(2, attempt - 1)));
}
