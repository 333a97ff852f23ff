using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// <see cref="LoadShape.Open"/>: requests fall due on a fixed schedule (a fleet polling at its interval does not
/// slow down because the VTN does) and go out on the first free connection of a pool. Latency is measured from
/// the time a request was due, not from when it was sent, so time spent queued behind a slow answer counts
/// (no coordinated omission).
/// </summary>
internal static class OpenLoop
{
    /// <summary>How long the run waits, after the last request fell due, for the answers still missing.</summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(5);

    public static async Task<LoadResult> RunAsync(LoadSpec spec, IPEndPoint server, PollRequests requests, CancellationToken ct)
    {
        var due = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true });
        var interval = Stopwatch.Frequency / spec.RequestsPerSecond;
        var warmupCount = (long)(spec.Warmup.TotalSeconds * spec.RequestsPerSecond);
        var total = warmupCount + (long)(spec.Duration.TotalSeconds * spec.RequestsPerSecond);
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + (long)(warmupCount * interval);
        var until = begin + (long)(total * interval);

        // A dedicated thread keeps the schedule even when the thread pool is busy with answers.
        var scheduler = new Thread(() => Schedule(due.Writer, begin, interval, total)) { IsBackground = true, Name = "open-loop schedule" };
        scheduler.Start();

        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(ct);
        giveUp.CancelAfter(spec.Warmup + spec.Duration + Drain);
        var records = await Task.WhenAll(Enumerable.Range(0, spec.Connections).Select(_ =>
            Task.Run(() => WorkAsync(server, due.Reader, requests, new RunRecord(measureFrom, until, spec.ExpectedBodyLength), giveUp.Token))));
        scheduler.Join();

        var neverSent = 0;
        while (due.Reader.TryRead(out var dueAt)) if (dueAt >= measureFrom) neverSent++;
        return RunSummary.Of(records, spec.Duration, neverSent);
    }

    private static void Schedule(ChannelWriter<long> due, long begin, double interval, long total)
    {
        for (long next = 0; next < total;)
        {
            var now = Stopwatch.GetTimestamp();
            for (; next < total && begin + (long)(next * interval) <= now; next++) due.TryWrite(begin + (long)(next * interval));
            Thread.Sleep(1);
        }
        due.Complete();
    }

    private static async Task<RunRecord> WorkAsync(
        IPEndPoint server, ChannelReader<long> due, PollRequests requests, RunRecord record, CancellationToken giveUp)
    {
        RawHttpConnection? connection = null;
        try
        {
            while (await WaitAsync(due, giveUp))
            {
                if (!due.TryRead(out var dueAt)) continue;
                try
                {
                    connection ??= await RawHttpConnection.OpenAsync(server, giveUp);
                    record.Answered(dueAt, await connection.SendAsync(requests.Next(), giveUp));
                }
                catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
                {
                    record.GaveUp(dueAt);
                    break;
                }
                catch (Exception ex) when (ex is IOException or SocketException or InvalidDataException)
                {
                    record.Failed(dueAt, ex.Message);
                    connection?.Dispose();
                    connection = null;
                }
            }
            return record;
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static async Task<bool> WaitAsync(ChannelReader<long> due, CancellationToken giveUp)
    {
        try
        {
            return await due.WaitToReadAsync(giveUp);
        }
        catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
        {
            return false;
        }
    }
}
