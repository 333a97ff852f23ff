namespace Conformance.Evidence.Recording;

/// <summary>What every recorder needs from the protocol binding whose messages it records.</summary>
public sealed record RecordingOptions
{
    /// <param name="binding">The binding's name in evidence, e.g. "openadr3".</param>
    /// <param name="policy">Its secrets, callers and message ids; <see cref="EvidencePolicy.None"/> when null.</param>
    public RecordingOptions(string binding, EvidencePolicy? policy = null) => (Binding, Policy) = (binding, policy ?? EvidencePolicy.None);

    public string Binding { get; }

    public EvidencePolicy Policy { get; }
}
