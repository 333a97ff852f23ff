using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Vens; "ven.venName - must be unique within the scope of a VTN instance" (Definition.md, Object names).</summary>
internal sealed class VenStore(TimeProvider time, ILogger<VenStore> log)
    : MemoryStore<Ven>(ObjectTypes.Ven, time, log, v => v.VenName, StoreKeys.VenClientId);
