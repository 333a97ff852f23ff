namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Program and event privacy by targets (Definition.md, Object Privacy), simplified for this slice:
/// a VEN reads an object without targets, or one sharing a target granted to it by its ven objects,
/// and sees only the granted targets in the answer (target hiding). BL reads everything as is.
/// </summary>
internal sealed class TargetAccess
{
    private static readonly TargetAccess Everything = new(granted: null);
    private readonly IReadOnlySet<string>? granted;

    private TargetAccess(IReadOnlySet<string>? granted) => this.granted = granted;

    public static TargetAccess For(Caller caller, VenStore vens) =>
        caller.ReadsAll ? Everything : new TargetAccess(vens.TargetsGrantedTo(caller.ClientId));

    public bool CanRead(IReadOnlyList<string>? targets) =>
        granted is null || targets is not { Count: > 0 } || targets.Any(granted.Contains);

    public IReadOnlyList<string>? Reveal(IReadOnlyList<string>? targets) =>
        granted is null || targets is null ? targets : targets.Where(granted.Contains).ToList();
}
