using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Model.Quantities;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The VEN half of the preflight: before the first scenario, the business logic enrolls the VEN under test out of band
/// (unless it declares it enrolls itself), then the harness waits, within the file's timing.firstContact, for the VEN's
/// first request to the harness's VTN (a token request or any other). A VEN that never comes is one line naming the client
/// and the URL it was expected at, not a failed scenario: every verdict would rest on its absence.
/// </summary>
public static class VenFirstContact
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(60);

    private const string Anonymous = "anonymous";

    public static async Task AwaitAsync(GridDomain grid, BindingContext context, CancellationToken ct)
    {
        if (!grid.VenIsUnderTest) return;
        var sut = context.SystemUnderTest;
        var ven = grid.Ven;
        await grid.BusinessLogicAsync(ct);
        if (!sut.Supports(VenProvisioning.SelfEnrollment)) await VenProvisioning.EnsureAsync(grid, ct);
        var bound = sut.Declared(TimingNames.FirstContact) ?? DefaultBound;
        var where = $"the VTN at {grid.VtnBaseAddress}";
        context.Announce($"waiting up to {Durations.Format(bound)} for VEN '{ven.VenName}' (client '{ven.ClientId}') to contact {where}");
        // The business logic's own anonymous GET /auth/server came before the mark; a request without credentials after it is the VEN's.
        var mark = context.Evidence.Snapshot().Count;
        var contact = await context.Evidence.WaitForAsync(r => IsFromVenUnderTest(r) && (r.From != Anonymous || r.Seq > mark), 0, bound, ct)
            ?? throw new PreflightException($"VEN '{ven.VenName}' (client '{ven.ClientId}') did not contact {where} within " +
                $"{Durations.Format(bound)} (timing.{TimingNames.FirstContact}): is it running, and configured with that URL and client ID?");
        context.Announce($"VEN '{ven.VenName}' made contact: {contact.Summary}");
    }

    /// <summary>A request to the VTN from anyone but the harness's own clients (a VEN with another client ID is seen too).</summary>
    private static bool IsFromVenUnderTest(EvidenceRecord r) =>
        r is { Direction: Directions.Request, To: OpenAdrEvidence.Vtn } && r.From != OpenAdrEvidence.BusinessLogic
        && !r.From.StartsWith(OpenAdrEvidence.Ven + " ", StringComparison.Ordinal);
}
