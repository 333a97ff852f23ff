namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Which programs and events a caller reads, and which of their targets it is shown (Definition.md, Object
/// Privacy; User Guide 8.13). A VEN's effective targets are those granted to it (<see cref="TargetGrants"/>),
/// narrowed to the request's targets query when it gives one. It reads an object without targets unless it
/// filters by targets, and a targeted object only when the object carries one of its effective targets; the
/// answer shows only those targets (target hiding). BL reads everything, filtered by its targets query if any.
/// </summary>
internal sealed class TargetAccess
{
    private readonly bool filtered;
    private readonly IReadOnlySet<string>? effective;
    private readonly bool hides;

    private TargetAccess(bool filtered, IReadOnlySet<string>? effective, bool hides)
    {
        this.filtered = filtered;
        this.effective = effective;
        this.hides = hides;
    }

    public static TargetAccess ForBl(IReadOnlyList<string>? requested) =>
        new(requested is not null, requested?.ToHashSet(), hides: false);

    public static TargetAccess ForVen(IReadOnlyList<string>? requested, IReadOnlySet<string> granted) =>
        new(requested is not null, requested is null ? granted : requested.Where(granted.Contains).ToHashSet(), hides: true);

    public bool CanRead(IReadOnlyList<string>? targets) =>
        targets is not { Count: > 0 } ? !filtered : effective is null || targets.Any(effective.Contains);

    public IReadOnlyList<string>? Reveal(IReadOnlyList<string>? targets) =>
        !hides || effective is null || targets is not { Count: > 0 } ? targets : targets.Where(effective.Contains).ToList();
}
