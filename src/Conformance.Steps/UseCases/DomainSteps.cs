using Conformance.Model.Execution;
using Conformance.Roles.Grid;
using Reqnroll;

namespace Conformance.Steps.UseCases;

/// <summary>Setting up a communication domain (IEC TS 62746-3): the VTN's programs and the VEN's joining it.</summary>
[Binding]
public sealed class DomainSteps(IEnergyServiceProvider provider, ICustomerEnergyManager cem, ScenarioCancellation cancellation)
{
    [Given("a VTN with a demand response program {string}")]
    [Given("a VTN with a tariff program {string}")]
    public Task AVtnWithAProgram(string programName) => provider.EnsureProgramAsync(programName, cancellation.Token);

    /// <summary>
    /// Enrollment is the business logic's out-of-band job, so nothing is judged of the VEN here; a VEN that declares it
    /// enrolls itself is left to do so, and a scenario of its own judges that.
    /// </summary>
    [Given("a VEN enrolled with the VTN")]
    public async Task AVenEnrolled()
    {
        if (!cem.EnrollsItself) await provider.EnrollAsync(cem, cancellation.Token);
        await cem.JoinAsync(cancellation.Token);
    }
}
