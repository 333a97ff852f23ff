using System.Net;
using System.Text.Json;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// The generator child's work: <c>load SPEC.json</c> runs the spec's load and writes its <see cref="LoadResult"/>
/// as one JSON line on standard output.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string specFile, CancellationToken ct)
    {
        var spec = JsonSerializer.Deserialize<LoadSpec>(await File.ReadAllTextAsync(specFile, ct), LoadJson.Options)
            ?? throw new InvalidDataException($"{specFile} holds no load spec.");
        var server = new IPEndPoint(IPAddress.Parse(spec.Host), spec.Port);
        var requests = PollRequests.Load(spec);

        var result = spec.Shape == LoadShape.Closed
            ? await ClosedLoop.RunAsync(spec, server, requests, ct)
            : await OpenLoop.RunAsync(spec, server, requests, ct);
        Console.WriteLine(JsonSerializer.Serialize(result, LoadJson.Options));
        return 0;
    }
}
