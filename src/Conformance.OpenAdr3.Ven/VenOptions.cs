using Conformance.OpenAdr3.Client;
using Conformance.Tls;

namespace Conformance.OpenAdr3.Ven;

/// <summary>How a <see cref="ReferenceVen"/> reaches its VTN and how often it polls.</summary>
public sealed record VenOptions
{
    /// <summary>The VTN base URL (a path prefix is fine).</summary>
    public required Uri VtnBaseAddress { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    /// <summary>The venName of its ven object; also its reports' clientName and resourceName.</summary>
    public required string VenName { get; init; }

    /// <summary>The VTN certificate or CA to trust and the client certificate to present; null: the system's roots, no client certificate.</summary>
    public TlsClientOptions? Tls { get; init; }

    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clock for polling and for finding an event's current interval; the harness may scale it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Held while one poll cycle (fetch the events, act, report) runs, e.g. an activity of a virtual clock, which then
    /// does not move time on while the VEN is busy between its requests; null holds nothing.
    /// </summary>
    public Func<IDisposable>? Busy { get; init; }

    /// <summary>Receives one line per notable step or failure; null writes nothing.</summary>
    public Action<string>? Log { get; init; }
}
