using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Reqnroll;

namespace Conformance.Steps.UseCases;

/// <summary>Setting up a communication domain (IEC TS 62746-3): the VTN's programs and the VEN's joining it.</summary>
[Binding]
public sealed class DomainSteps(IEnergyServiceProvider provider, ICustomerEnergyManager cem, EvidenceLog evidence, ScenarioCancellation cancellation)
{
    /// <summary>No timing requirement applies to enrollment; this bound only keeps a silent VEN from hanging the run.</summary>
    private static readonly TimeSpan EnrollmentBound = TimeSpan.FromSeconds(10);

    [Given("a VTN with a demand response program {string}")]
    [Given("a VTN with a tariff program {string}")]
    public Task AVtnWithAProgram(string programName) => provider.EnsureProgramAsync(programName, cancellation.Token);

    [Given("a VEN enrolled with the VTN")]
    public async Task AVenEnrolled()
    {
        var deadline = evidence.Clock.Elapsed + EnrollmentBound + 2 * cem.RetrievalInterval;
        var joined = await cem.JoinAsync(new Watch(0, deadline), cancellation.Token);
        Expect.Seen(joined, $"the VEN '{cem.Name}' to enroll with the VTN (create or find its ven object)", deadline, TimeSpan.Zero);
    }
}
