using Conformance.Evidence.Log;
using Conformance.Roles.Signals;

namespace Conformance.Steps.UseCases;

/// <summary>The scenario's signal as the VTN accepted it, and the evidence of its publication and its receipt.</summary>
public sealed class PublishedSignal
{
    public SignalHandle? Handle { get; set; }
    public EvidenceRecord? Publication { get; set; }
    public EvidenceRecord? Receipt { get; set; }

    public SignalHandle Signal => Handle ?? throw new InvalidOperationException("no signal has been published in this scenario yet");

    /// <summary>In the features' words: IEC TS 62746-3 calls the signal an event.</summary>
    public string Describe() => $"event '{Handle?.Signal.Name}' (id {Handle?.Id})";
}
