using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Evidence.Log;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Bindings.OpenAdr3.Roles;

/// <summary>
/// The energy service provider on OpenADR 3.1: the business logic's client of the VTN. A program is a program object;
/// a signal is an event (POST /events) whose report descriptor asks for the reply.
/// </summary>
public sealed class OpenAdr3EnergyServiceProvider(GridDomain grid, EvidenceLog evidence) : IEnergyServiceProvider
{
    public async Task EnsureProgramAsync(string program, CancellationToken ct)
    {
        var vtn = await grid.BusinessLogicAsync(ct);
        var existing = await VtnAnswers.Accepted(vtn.GetProgramsAsync(ct), "the VTN to list its programs to the business logic");
        if (existing.All(p => p.ProgramName != program))
            await VtnAnswers.Accepted(vtn.CreateProgramAsync(new Program { ProgramName = program }, ct), $"the VTN to accept program '{program}'");
    }

    /// <summary>The business logic provisions the VEN's ven object out of band (Definition.md, VEN enrollment).</summary>
    public Task EnrollAsync(ICustomerEnergyManager cem, CancellationToken ct) => cem.Name == grid.Ven.VenName
        ? VenProvisioning.EnsureAsync(grid, ct)
        : throw new ArgumentException($"'{cem.Name}' is not the VEN of this domain ('{grid.Ven.VenName}')", nameof(cem));

    public async Task<Observation<SignalHandle>> PublishAsync(GridSignal signal, CancellationToken ct)
    {
        var vtn = await grid.BusinessLogicAsync(ct);
        var programs = await VtnAnswers.Accepted(vtn.GetProgramsAsync(ct), "the VTN to list its programs to the business logic");
        var program = programs.FirstOrDefault(p => p.ProgramName == signal.Program)
            ?? throw new InvalidOperationException($"the VTN has no program '{signal.Program}': a step must make sure of it first");
        var created = await VtnAnswers.Accepted(vtn.CreateEventAsync(OpenAdrEvents.For(program.Id!, signal), ct),
            $"the VTN to accept {signal.Describe()}");
        // The VTN's 201 answer to the business logic is the moment of publication.
        var publication = evidence.Snapshot().Last(r =>
            r.IsAnswerTo(OpenAdrEvidence.BusinessLogic, "POST", "/events", 201) && r.Carries(created.Id!));
        return Observation<SignalHandle>.Of(new SignalHandle(signal, created.Id!), publication);
    }
}
