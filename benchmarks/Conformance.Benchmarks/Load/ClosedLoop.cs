using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// <see cref="LoadShape.Closed"/>: each of <see cref="LoadSpec.Connections"/> connections sends, waits for the
/// answer and sends again, so the server is kept saturated and requests per second is its throughput.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(LoadSpec spec, IPEndPoint server, PollRequests requests, CancellationToken ct)
    {
        var measureFrom = Stopwatch.GetTimestamp() + Ticks.Of(spec.Warmup);
        var until = measureFrom + Ticks.Of(spec.Duration);
        var records = await Task.WhenAll(Enumerable.Range(0, spec.Connections).Select(_ =>
            Task.Run(() => WorkAsync(server, requests, new RunRecord(measureFrom, until, spec.ExpectedBodyLength), until, ct), ct)));
        return RunSummary.Of(records, spec.Duration);
    }

    private static async Task<RunRecord> WorkAsync(IPEndPoint server, PollRequests requests, RunRecord record, long until, CancellationToken ct)
    {
        RawHttpConnection? connection = null;
        try
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    connection ??= await RawHttpConnection.OpenAsync(server, ct);
                    record.Answered(sent, await connection.SendAsync(requests.Next(), ct));
                }
                catch (Exception ex) when (ex is IOException or SocketException or InvalidDataException)
                {
                    record.Failed(sent, ex.Message);
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
}
