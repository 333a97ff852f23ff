using System.Reflection;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Harness.Tests.Fakes;

/// <summary>
/// A binding with no wire: its one device writes evidence when a step asks, so tests can see which run a message
/// went into. Its steps are this test assembly's. Given <paramref name="preflightRefusal"/>, its preflight records a
/// refused request and stops the run with that text.
/// </summary>
public sealed class FakeBinding(string name = FakeBinding.DefaultName, string? preflightRefusal = null) : IBinding
{
    public const string DefaultName = "fake";

    public string Name { get; } = name;

    public IReadOnlyList<Assembly> StepAssemblies { get; } = [typeof(FakeBinding).Assembly];

    /// <summary>Set when a step of any of its runs starts to hang, so a test can stop the run right there.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IBindingSession> StartAsync(BindingContext context, CancellationToken ct)
    {
        context.Announce($"the fake device listens in {context.ReportDirectory}");
        return Task.FromResult<IBindingSession>(new Session(new FakeDevice(context.Evidence, Hanging), new FakeProvider(), preflightRefusal));
    }

    private sealed class Session(FakeDevice device, FakeProvider provider, string? preflightRefusal) : IBindingSession
    {
        public RoleSet Roles { get; } = new() { EnergyServiceProvider = provider };

        public IReadOnlyList<object> Services { get; } = [device];

        public Task PreflightAsync(CancellationToken ct)
        {
            if (preflightRefusal is null) return Task.CompletedTask;
            device.Say("preflight: may I?");
            throw new PreflightException(preflightRefusal);
        }

        public ValueTask DisposeAsync()
        {
            device.Stopped = true;
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>The binding's service the steps take by its type: it records what it is told to say.</summary>
public sealed class FakeDevice(EvidenceLog evidence, TaskCompletionSource hanging)
{
    public TaskCompletionSource Hanging { get; } = hanging;

    public bool Stopped { get; set; }

    public EvidenceRecord Say(string text) => evidence.Append(new EvidenceRecord
    {
        Direction = "request",
        From = "FakeDevice",
        To = "Harness",
        Binding = FakeBinding.DefaultName,
        Body = text,
    });
}

/// <summary>A role, offered by its interface; these tests only check that steps receive it.</summary>
public sealed class FakeProvider : IEnergyServiceProvider
{
    public Task EnsureProgramAsync(string program, CancellationToken ct) => Task.CompletedTask;

    public Task EnrollAsync(ICustomerEnergyManager cem, CancellationToken ct) => Task.CompletedTask;

    public Task<Observation<SignalHandle>> PublishAsync(GridSignal signal, CancellationToken ct) => throw new NotSupportedException("a fake");
}
