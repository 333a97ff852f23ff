using Conformance.Evidence.Log;
using Conformance.Steps.Drivers;
using Conformance.Steps.Support;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Steps.StepDefinitions.Grid;

/// <summary>Setting up a communication domain: the VTN's programs and the VEN's enrollment.</summary>
[Binding]
public sealed class DomainSteps(GridDomain grid, EvidenceLog evidence)
{
    /// <summary>No timing requirement applies to enrollment; this bound only keeps a silent VEN from hanging the run.</summary>
    private static readonly TimeSpan EnrollmentBound = TimeSpan.FromSeconds(10);

    [Given("a VTN with a demand response program {string}")]
    public async Task AVtnWithAProgram(string programName)
    {
        var vtn = await grid.BusinessLogicAsync(CancellationToken.None);
        var existing = await vtn.GetProgramsAsync(CancellationToken.None);
        if (existing.All(p => p.ProgramName != programName))
            await vtn.CreateProgramAsync(new Program { ProgramName = programName }, CancellationToken.None);
    }

    [Given("a VEN enrolled with the VTN")]
    public async Task AVenEnrolled()
    {
        await grid.StartVenAsync(CancellationToken.None);
        var venName = grid.Ven.VenName;
        var deadline = evidence.Clock.Elapsed + EnrollmentBound + 2 * grid.Ven.PollingInterval;
        await Expect.MessageAsync(evidence, $"the VEN '{venName}' to enroll with the VTN (create or find its ven object)",
            r => r.Direction == "response" && r.To == "Ven" && r.Endpoint.Contains("/vens", StringComparison.Ordinal)
                 && (r is { Method: "POST", Status: 201 } || r is { Method: "GET", Status: 200 } && (r.Body ?? "").Contains($"\"{venName}\"", StringComparison.Ordinal)),
            afterSeq: 0, deadline, TimeSpan.Zero, r => r.From == "Ven");
    }
}
