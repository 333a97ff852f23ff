using Conformance.Evidence.Log;

namespace Conformance.Roles.Observations;

/// <summary>
/// What a role saw or did, read from the evidence: the value in the use case's words and the record that shows it.
/// When nothing matching came in time, <see cref="Record"/> is null and <see cref="Related"/> holds what did come of
/// the kind (at most a few), so that the step's failure says what came instead; <see cref="Account"/>, when the binding
/// gives one, sums up every exchange of the role in that time with the answers it got (e.g. "every poll answered 401").
/// </summary>
public sealed record Observation<T>(T? Value, EvidenceRecord? Record, IReadOnlyList<EvidenceRecord> Related) where T : class
{
    public static Observation<T> Of(T value, EvidenceRecord record) => new(value, record, []);

    public static Observation<T> Missing(IReadOnlyList<EvidenceRecord> related) => new(null, null, related);

    /// <summary>The role's exchanges while it was watched and the answers it got, in one line; null: <see cref="Related"/> speaks.</summary>
    public string? Account { get; init; }
}
