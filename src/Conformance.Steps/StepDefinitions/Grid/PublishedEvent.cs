using Conformance.Evidence.Log;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Steps.StepDefinitions.Grid;

/// <summary>The scenario's event as the VTN acknowledged it, and the evidence of that acknowledgement.</summary>
public sealed class PublishedEvent
{
    public Event? Event { get; set; }
    public EvidenceRecord? Publication { get; set; }
    public EvidenceRecord? Retrieval { get; set; }

    public string Id => Event?.Id ?? throw new InvalidOperationException("no event has been published in this scenario yet");

    public string Describe() => $"event '{Event?.EventName}' (id {Event?.Id})";
}
