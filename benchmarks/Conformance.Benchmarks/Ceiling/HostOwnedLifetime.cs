using Microsoft.Extensions.Hosting;

namespace Conformance.Benchmarks.Ceiling;

/// <summary>
/// Leaves Ctrl+C and SIGTERM to the benchmark process, as the VTN's own lifetime does: the default console
/// lifetime would swallow Ctrl+C to stop only the ceiling, and the benchmark would run on.
/// </summary>
internal sealed class HostOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
