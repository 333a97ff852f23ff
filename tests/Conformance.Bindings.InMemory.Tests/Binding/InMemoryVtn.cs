using Conformance.Roles.Signals;

namespace Conformance.Bindings.InMemory.Tests.Binding;

/// <summary>The VTN in memory: the programs it offers, the signals published in them, and the reports it took.</summary>
internal sealed class InMemoryVtn
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _programs = [];
    private readonly List<PublishedSignal> _signals = [];
    private readonly List<ReportMessage> _reports = [];

    public bool EnsureProgram(string program)
    {
        lock (_gate) return _programs.Add(program);
    }

    public PublishedSignal Publish(GridSignal signal)
    {
        lock (_gate)
        {
            if (!_programs.Contains(signal.Program)) throw new InvalidOperationException($"no program '{signal.Program}'");
            var published = new PublishedSignal($"signal-{_signals.Count + 1}", signal.Name, signal.Kind, signal.Reply?.What,
                [.. signal.Intervals.Select(i => i.Value)]);
            _signals.Add(published);
            return published;
        }
    }

    public IReadOnlyList<PublishedSignal> Signals()
    {
        lock (_gate) return [.. _signals];
    }

    public bool TakeReport(ReportMessage report)
    {
        lock (_gate)
        {
            if (_signals.All(s => s.Id != report.SignalId)) return false;
            _reports.Add(report);
            return true;
        }
    }
}

/// <summary>A signal as the VTN keeps it and hands it out: what a poll answers.</summary>
internal sealed record PublishedSignal(string Id, string Name, SignalKind Kind, ReplyKind? Reply, IReadOnlyList<decimal> Values);

/// <summary>What the energy manager reports on a signal.</summary>
internal sealed record ReportMessage(string SignalId, ReplyKind What, IReadOnlyList<decimal> Values);
