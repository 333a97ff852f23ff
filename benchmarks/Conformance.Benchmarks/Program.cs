using System.CommandLine;
using System.CommandLine.Parsing;
using Conformance.Benchmarks;
using Conformance.Benchmarks.Figures;
using Conformance.Benchmarks.Load;

var figure = new Argument<string>("figure")
{
    Description = "poll: requests/s against the ceiling; fleet: p50/p99 at N polls per 10 s; memory: bytes per enrolled VEN; " +
        "notify: one event to 1,000 webhook subscribers; all",
    DefaultValueFactory = _ => "all",
};
figure.AcceptOnlyFromAmong([.. Enum.GetNames<Figure>().Select(name => name.ToLowerInvariant())]);
var vens = new Option<IReadOnlyList<int>>("--vens")
{
    Description = "Fleet sizes, comma separated",
    DefaultValueFactory = _ => [1000, 10000],
    CustomParser = ParseFleetSizes,
};
var duration = DurationOption("--duration", "Measured time of each load run (e.g. 10s)", TimeSpan.FromSeconds(10));
var warmup = DurationOption("--warmup", "Unmeasured load before each run (e.g. 3s)", TimeSpan.FromSeconds(3));
var connections = new Option<int>("--connections")
{
    Description = "Concurrent connections of the closed loop",
    DefaultValueFactory = _ => 64,
};
connections.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() is < 1 or > 1024) result.AddError("--connections must be 1..1024.");
});

var root = new RootCommand("Performance of the reference OpenADR 3.1 VTN against a bare Kestrel ceiling, on 127.0.0.1")
{
    figure, vens, duration, warmup, connections,
};
root.SetAction((parse, ct) => BenchmarkRun.RunAsync(Enum.Parse<Figure>(parse.GetValue(figure)!, ignoreCase: true), new BenchmarkSettings
{
    Vens = parse.GetValue(vens)!,
    Duration = parse.GetValue(duration),
    Warmup = parse.GetValue(warmup),
    Connections = parse.GetValue(connections),
}, ct));

// The load generator child that LoadProcess starts; not meant to be typed.
var specFile = new Argument<string>("spec") { Description = "A load spec written by the benchmark" };
var load = new Command("load", "Run one load spec and print its result as JSON") { Hidden = true };
load.Arguments.Add(specFile);
load.SetAction((parse, ct) => LoadCommand.RunAsync(parse.GetValue(specFile)!, ct));
root.Subcommands.Add(load);

// The memory figure's child, one per fleet size; not meant to be typed either.
var probeVens = new Argument<int>("vens") { Description = "VENs to enroll" };
var probe = new Command(MemoryProbe.Command, "Enroll N VENs into a VTN and print its memory as JSON") { Hidden = true };
probe.Arguments.Add(probeVens);
probe.SetAction((parse, ct) => MemoryProbe.RunAsync(parse.GetValue(probeVens), ct));
root.Subcommands.Add(probe);

return await root.Parse(args).InvokeAsync();

static Option<TimeSpan> DurationOption(string name, string description, TimeSpan fallback) => new(name)
{
    Description = description,
    DefaultValueFactory = _ => fallback,
    CustomParser = result =>
    {
        var text = result.Tokens.Single().Value;
        if (DurationText.TryParse(text) is { } span && span >= TimeSpan.FromSeconds(1) && span <= TimeSpan.FromMinutes(5)) return span;
        result.AddError($"{name}: '{text}' must be a duration of 1s..5m, like 3s or 2m.");
        return default;
    },
};

static IReadOnlyList<int> ParseFleetSizes(ArgumentResult result)
{
    var sizes = new List<int>();
    foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
    {
        // Setup enrolls every VEN through the API; beyond 50,000 it would no longer fit the run's few minutes.
        if (int.TryParse(part, out var size) && size is >= 1 and <= 50_000) sizes.Add(size);
        else result.AddError($"--vens: '{part}' must be a VEN count of 1..50000.");
    }
    return sizes;
}
