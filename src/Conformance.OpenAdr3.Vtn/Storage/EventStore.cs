using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Events; "Event and report names are not required to be unique" (Definition.md, Object names).</summary>
internal sealed class EventStore(TimeProvider time, ILogger<EventStore> log)
    : MemoryStore<Event>(ObjectTypes.Event, time, log);
