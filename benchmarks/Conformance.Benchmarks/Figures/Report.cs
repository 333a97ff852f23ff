using System.Runtime.InteropServices;
using Conformance.Benchmarks.Load;
using Conformance.Benchmarks.Notify;
using static Conformance.Benchmarks.Figures.Numbers;

namespace Conformance.Benchmarks.Figures;

/// <summary>The figures of one run as Markdown, with the machine they were measured on and the targets.</summary>
internal sealed class Report(BenchmarkSettings settings)
{
    private readonly string? loadAverageBefore = LoadAverage.Now();

    public List<MemoryRow> Memory { get; } = [];

    public List<PollRow> Poll { get; } = [];

    public List<FleetRow> Fleet { get; } = [];

    public NotifyRow? Notify { get; set; }

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"# VTN benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, " +
            $"server GC: {System.Runtime.GCSettings.IsServerGC}; " +
            $"warm-up {settings.Warmup.TotalSeconds} s, measured {settings.Duration.TotalSeconds} s per run.");
        if (loadAverageBefore is not null)
            output.WriteLine($"1-minute load average: {loadAverageBefore} before the run, {LoadAverage.Now()} after.");
        if (Poll.Count > 0) WritePoll(output);
        if (Fleet.Count > 0) WriteFleet(output);
        if (Memory.Count > 0) WriteMemory(output);
        if (Notify is not null) WriteNotify(output, Notify);
    }

    private void WritePoll(TextWriter output)
    {
        var table = new MarkdownTable("VENs", "server", "req/s", "p50 ms", "p99 ms", "errors", "of ceiling",
            $"target >= {Percent(PollRow.TargetRatio)}");
        foreach (var row in Poll)
        {
            table.Add(Count(row.Vens), "ceiling, before", Count(row.CeilingBefore.RequestsPerSecond),
                Milliseconds(row.CeilingBefore.P50Ms), Milliseconds(row.CeilingBefore.P99Ms), Errors(row.CeilingBefore), "", "");
            table.Add(Count(row.Vens), "VTN", Count(row.Vtn.RequestsPerSecond),
                Milliseconds(row.Vtn.P50Ms), Milliseconds(row.Vtn.P99Ms), Errors(row.Vtn), Percent(row.Ratio), Verdict(row.TargetMet));
            table.Add(Count(row.Vens), "ceiling, after", Count(row.CeilingAfter.RequestsPerSecond),
                Milliseconds(row.CeilingAfter.P50Ms), Milliseconds(row.CeilingAfter.P99Ms), Errors(row.CeilingAfter), "", "");
        }
        output.WriteLine();
        output.WriteLine($"## poll: a VEN's GET /events ({settings.Connections} connections, closed loop)");
        output.WriteLine();
        output.Write(table);
    }

    private void WriteFleet(TextWriter output)
    {
        var table = new MarkdownTable("VENs", "req/s", "server", "p50 ms", "p99 ms", "max ms", "errors", "unanswered",
            $"target p99 < {FleetRow.TargetP99Ms} ms");
        foreach (var row in Fleet)
        {
            table.Add(Count(row.Vens), Count(row.RequestsPerSecond), "ceiling", Milliseconds(row.Ceiling.P50Ms), Milliseconds(row.Ceiling.P99Ms),
                Milliseconds(row.Ceiling.MaxMs), Errors(row.Ceiling), Count(row.Ceiling.Unfinished), "");
            table.Add(Count(row.Vens), Count(row.RequestsPerSecond), "VTN", Milliseconds(row.Vtn.P50Ms), Milliseconds(row.Vtn.P99Ms),
                Milliseconds(row.Vtn.MaxMs), Errors(row.Vtn), Count(row.Vtn.Unfinished), Verdict(row.TargetMet));
        }
        output.WriteLine();
        output.WriteLine($"## fleet: every VEN polls every {BenchmarkSettings.PollInterval.TotalSeconds} s " +
            "(open loop, latency from each poll's due time)");
        output.WriteLine();
        output.Write(table);
    }

    private void WriteMemory(TextWriter output)
    {
        var empty = Memory.First(row => row.Vens == 0);
        var table = new MarkdownTable("VENs", "managed heap MB", "heap per VEN, bytes", "working set MB", "working set per VEN, bytes");
        foreach (var row in Memory)
        {
            table.Add(Count(row.Vens), Megabytes(row.HeapBytes), row.Vens == 0 ? "" : Count(MemoryFigure.BytesPerVen(row, empty, r => r.HeapBytes)),
                Megabytes(row.WorkingSetBytes), row.Vens == 0 ? "" : Count(MemoryFigure.BytesPerVen(row, empty, r => r.WorkingSetBytes)));
        }
        output.WriteLine();
        output.WriteLine("## memory: what a VTN keeps alive per enrolled VEN (credentials, ven object, token fetched, one poll)");
        output.WriteLine();
        output.Write(table);
    }

    private static void WriteNotify(TextWriter output, NotifyRow row)
    {
        output.WriteLine();
        if (row.Delivered == 0)
        {
            output.WriteLine($"{NotifyFigure.NotMeasurable}: 0 of {Count(row.Subscribers)} callbacks within {NotifyFigure.Wait.TotalSeconds} s.");
            return;
        }
        var table = new MarkdownTable("subscribers", "delivered", "first callback, ms", "last callback, ms", "last, from POST sent, ms",
            $"target < {NotifyRow.TargetMs} ms");
        table.Add(Count(row.Subscribers), Count(row.Delivered), Milliseconds(row.FirstFromResponseMs!.Value),
            Milliseconds(row.LastFromResponseMs!.Value), Milliseconds(row.LastFromRequestMs!.Value), Verdict(row.TargetMet));
        output.WriteLine("## notify: one event's notification to every webhook subscriber (times from BL's POST /events answer)");
        output.WriteLine();
        output.Write(table);
    }

    private static string Errors(LoadResult result) =>
        result.Errors == 0 ? "0" : $"{Count(result.Errors)} ({result.FirstError})";
}
