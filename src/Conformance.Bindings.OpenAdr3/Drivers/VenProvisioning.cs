using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The business logic's out-of-band enrollment of the domain's VEN (Definition.md, "VEN enrollment": "an out-of-band process
/// by which Business Logic provision VENs"): a ven object with the venName and clientID the system-under-test file gives the
/// VEN, kept when the VTN already has one of that name. A VEN that declares <see cref="SelfEnrollment"/> creates its own.
/// </summary>
public static class VenProvisioning
{
    /// <summary>The capability of a VEN that creates its own ven object (judged in features/openadr3/ven-self-enrollment.feature).</summary>
    public const string SelfEnrollment = "ven-self-enrollment";

    /// <summary>The VEN's ven object, as the business logic found or created it on the harness's VTN.</summary>
    public static async Task<Ven> EnsureAsync(GridDomain grid, CancellationToken ct)
    {
        var bl = await grid.BusinessLogicAsync(ct);
        var ven = grid.Ven;
        var existing = await bl.GetVensAsync(new VenSearch { VenName = ven.VenName }, ct);
        return existing.FirstOrDefault(v => v.VenName == ven.VenName)
            ?? await bl.CreateVenAsync(new Ven { ObjectType = ObjectTypes.BlVenRequest, VenName = ven.VenName, ClientId = ven.ClientId }, ct);
    }
}
