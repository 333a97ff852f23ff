using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

internal sealed class VenStore(TimeProvider time, ILogger<VenStore> log)
{
    private readonly Table<Ven> table = new();

    /// <summary>Null when the venName is taken: it "must be unique within the scope of a VTN instance".</summary>
    public Ven? TryCreate(Ven request)
    {
        var ven = Metadata.Stamp(request, ObjectTypes.Ven, time);
        if (!table.TryAdd(ven, v => v.VenName == ven.VenName)) return null;
        log.LogInformation("Created ven {Id} '{Name}' for client {ClientId}", ven.Id, ven.VenName, ven.ClientId);
        return ven;
    }

    public Ven? Find(string id) => table.Find(v => v.Id == id);

    public IReadOnlyList<Ven> Where(Func<Ven, bool> predicate) => table.Where(predicate);

    /// <summary>The targets BL granted to a client through the ven objects carrying its clientID.</summary>
    public IReadOnlySet<string> TargetsGrantedTo(string clientId) =>
        table.Where(v => v.ClientId == clientId).SelectMany(v => v.Targets ?? []).ToHashSet();
}
