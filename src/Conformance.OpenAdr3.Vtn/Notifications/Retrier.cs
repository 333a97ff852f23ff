using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Runs a delivery with bounded retries: each attempt under <see cref="NotificationOptions.AttemptTimeout"/>, a
/// failed one followed by the back-off wait, at most <see cref="NotificationOptions.MaxAttempts"/> in all. Both
/// the timeout and the waits run on the VTN's clock, so a harness that scales time scales them too.
/// </summary>
internal sealed class Retrier(VtnOptions options, ILogger<Retrier> log)
{
    private NotificationOptions Policy => options.Notifications;

    /// <summary>Whether <paramref name="attempt"/> succeeded; <paramref name="what"/> names the delivery in log lines.</summary>
    public async Task<bool> RunAsync(string what, Func<CancellationToken, Task<Attempt>> attempt, CancellationToken stop)
    {
        for (var number = 1; ; number++)
        {
            var result = await TryOnceAsync(attempt, stop);
            if (result.Outcome == AttemptOutcome.Done) return true;
            if (result.Outcome == AttemptOutcome.GiveUp || number >= Policy.MaxAttempts)
            {
                log.LogWarning("{What}: attempt {Number} of {Max} failed ({Problem}); giving up", what, number, Policy.MaxAttempts, result.Problem);
                return false;
            }
            var delay = Policy.RetryDelay(number);
            log.LogInformation("{What}: attempt {Number} of {Max} failed ({Problem}); retrying in {Delay}",
                what, number, Policy.MaxAttempts, result.Problem, delay);
            await Task.Delay(delay, options.Time, stop);
        }
    }

    private async Task<Attempt> TryOnceAsync(Func<CancellationToken, Task<Attempt>> attempt, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(Policy.AttemptTimeout, options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        try
        {
            return await attempt(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            return Attempt.Retry($"no answer within {Policy.AttemptTimeout}");
        }
    }
}
