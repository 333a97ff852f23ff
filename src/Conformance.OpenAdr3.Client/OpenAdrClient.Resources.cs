using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST resources (createResource): a VEN sends VEN_RESOURCE_REQUEST, BL sends BL_RESOURCE_REQUEST.</summary>
    public Task<Resource> CreateResourceAsync(Resource resource, CancellationToken ct = default) =>
        PostAsync("resources", resource, ct);

    /// <summary>GET resources (searchVenResources).</summary>
    public Task<IReadOnlyList<Resource>> GetResourcesAsync(ResourceSearch search, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Resource>>("resources" + Query(
            ("venID", search.VenId), ("resourceName", search.ResourceName), ("targets", search.Targets),
            ("skip", search.Skip), ("limit", search.Limit)), ct);

    /// <inheritdoc cref="GetResourcesAsync(ResourceSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Resource>> GetResourcesAsync(CancellationToken ct) => GetResourcesAsync(new ResourceSearch(), ct);

    /// <summary>GET resources/{resourceID} (searchVenResourceByID).</summary>
    public Task<Resource> GetResourceAsync(string id, CancellationToken ct = default) =>
        GetAsync<Resource>(PathOf("resources", id), ct);

    /// <summary>PUT resources/{resourceID} (updateVenResource): VEN_RESOURCE_REQUEST or BL_RESOURCE_REQUEST, as for create.</summary>
    public Task<Resource> UpdateResourceAsync(string id, Resource resource, CancellationToken ct = default) =>
        PutAsync(PathOf("resources", id), resource, ct);

    /// <summary>DELETE resources/{resourceID} (deleteVenResource); answers the deleted resource.</summary>
    public Task<Resource> DeleteResourceAsync(string id, CancellationToken ct = default) =>
        DeleteAsync<Resource>(PathOf("resources", id), ct);
}
