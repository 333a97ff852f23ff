using Microsoft.Extensions.Hosting;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The VTN lives inside someone else's process: unlike the default console lifetime it must not take over
/// Ctrl+C or SIGTERM; the host process decides when to stop it.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
