using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

internal sealed class EventStore(TimeProvider time, ILogger<EventStore> log)
{
    private readonly Table<Event> table = new();

    public Event Create(Event request)
    {
        var evt = Metadata.Stamp(request, ObjectTypes.Event, time);
        table.Add(evt);
        log.LogInformation("Created event {Id} of program {ProgramId}", evt.Id, evt.ProgramId);
        return evt;
    }

    public Event? Find(string id) => table.Find(e => e.Id == id);

    public IReadOnlyList<Event> Where(Func<Event, bool> predicate) => table.Where(predicate);
}
