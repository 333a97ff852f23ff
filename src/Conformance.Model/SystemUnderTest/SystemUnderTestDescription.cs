namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// What is being certified, in words every binding shares: its identity, which role a third-party implementation
/// plays (none in the embedded default, where every role is the harness's own reference implementation), the
/// protocol binding it speaks (<see cref="Binding"/>), the optional features it declares, the run's time mode and
/// the durations it declares (<see cref="Timing"/>). How to reach it over the binding's wire is the binding's own
/// section of the file, read by the binding (<see cref="BindingSection"/>). Read from the file given with --sut; see
/// <see cref="SystemUnderTestFile"/>.
/// </summary>
public sealed record SystemUnderTestDescription(
    string Name,
    string? Vendor,
    string? Version,
    Role? RoleUnderTest,
    ClockSetting Clock,
    IReadOnlySet<string> Capabilities)
{
    /// <summary>The binding a file names when it names none.</summary>
    public const string DefaultBinding = "openadr3";

    /// <summary>The protocol binding the run uses (its name in tags, <c>@binding:&lt;name&gt;</c>, and in the file's <c>binding</c>).</summary>
    public string Binding { get; init; } = DefaultBinding;

    /// <summary>
    /// Durations the system under test declares, by name, which features may cite: e.g.
    /// <see cref="TimingNames.RetrievalInterval"/>, the longest a customer energy manager takes to fetch new signals.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> Timing { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>
    /// The binding's own section of the file as the binding read it (its type is the binding's); null: the binding's
    /// defaults (the embedded default, or a file without a section).
    /// </summary>
    public object? BindingSection { get; init; }

    /// <summary>The harness's reference implementations certified against each other.</summary>
    public static SystemUnderTestDescription EmbeddedDefault { get; } = new(
        "Reference implementations (embedded default)", "IEC 62746 conformance harness", null,
        RoleUnderTest: null, ClockSetting.Real, new HashSet<string>());

    /// <summary>
    /// Whether the system under test declares an optional feature. The harness's own roles implement every
    /// feature, so with no role under test every capability is supported.
    /// </summary>
    public bool Supports(string capability) =>
        RoleUnderTest is null || Capabilities.Contains(capability, StringComparer.OrdinalIgnoreCase);

    /// <summary>A declared duration, or null when the file declares none by that name.</summary>
    public TimeSpan? Declared(string timingName) => Timing.TryGetValue(timingName, out var value) ? value : null;
}

/// <summary>The names in <see cref="SystemUnderTestDescription.Timing"/> that the features cite.</summary>
public static class TimingNames
{
    /// <summary>
    /// The longest the customer's energy manager under test takes to fetch new signals (TR 62746-2's retrieval; for an
    /// OpenADR 3.1 VEN its polling interval). Required when it is the role under test.
    /// </summary>
    public const string RetrievalInterval = "retrievalInterval";

    /// <summary>
    /// How long the harness waits, before the first scenario, for a system under test that connects to the harness (a VEN)
    /// to make its first contact; 60 s when the file declares none.
    /// </summary>
    public const string FirstContact = "firstContact";
}
