using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Resources; "ven.resource.resourceName - must be unique to its associated ven" (Definition.md, Object names).</summary>
internal sealed class ResourceStore(TimeProvider time, ILogger<ResourceStore> log)
    : MemoryStore<Resource>(ObjectTypes.Resource, time, log, UniqueKey, StoreKeys.ResourceVenId)
{
    private static object? UniqueKey(Resource r) => r is { VenId: { } venId, ResourceName: { } name } ? (venId, name) : null;
}
