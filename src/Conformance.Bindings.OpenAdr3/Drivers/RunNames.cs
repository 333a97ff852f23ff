namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The names the harness gives on the wire to the objects it creates. A VTN under test keeps its objects from one run
/// to the next, and names such as programName and venName are unique on it, so there a feature's name ("Polled-TOU")
/// is sent with the run's suffix ("Polled-TOU-3f9a1c") and messages quote both. The harness's own VTN lives for one
/// run: names go as the feature writes them. One per run, for every driver that names an object.
/// </summary>
public sealed class RunNames
{
    private readonly string? _suffix;

    private RunNames(string? suffix) => _suffix = suffix;

    /// <summary>Names as the features write them (the harness's own VTN).</summary>
    public static RunNames AsWritten { get; } = new(null);

    /// <summary>Names with a fresh suffix for this run (a VTN under test).</summary>
    public static RunNames Unique() => new(Guid.NewGuid().ToString("N")[..6]);

    /// <summary>The name on the wire; a name that already carries the run's suffix is left as it is.</summary>
    public string Wire(string name) => _suffix is null || name.EndsWith($"-{_suffix}", StringComparison.Ordinal) ? name : $"{name}-{_suffix}";

    /// <summary>The feature's name for a name on the wire (a name of another run, or none, is returned as it came).</summary>
    public string Feature(string wireName) =>
        _suffix is not null && wireName.EndsWith($"-{_suffix}", StringComparison.Ordinal) ? wireName[..^(_suffix.Length + 1)] : wireName;

    /// <summary>The name as messages quote it: the feature's, and the wire's when they differ.</summary>
    public string Quote(string name) => Wire(name) is var wire && wire == name ? $"'{name}'" : $"'{Feature(name)}' (sent as '{wire}')";
}
