namespace Conformance.Roles.Bindings;

/// <summary>
/// One run's worth of a binding: the roles it plays, offered to the use-case steps through <see cref="Roles"/>, and
/// the objects its own protocol-specific steps take by injection (<see cref="Services"/>, registered by runtime type).
/// Disposing stops every server, client and simulation the binding started.
/// </summary>
public interface IBindingSession : IAsyncDisposable
{
    RoleSet Roles { get; }

    IReadOnlyList<object> Services { get; }

    /// <summary>
    /// Checks, before the first scenario, what every scenario needs of the system under test (its credentials accepted,
    /// its first contact made), within a bound; throws <see cref="Conformance.Model.SystemUnderTest.PreflightException"/>
    /// naming what was tried and what came. What it sends is recorded like any other message.
    /// </summary>
    Task PreflightAsync(CancellationToken ct) => Task.CompletedTask;
}
