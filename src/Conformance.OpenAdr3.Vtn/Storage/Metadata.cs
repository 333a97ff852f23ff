using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

internal static class Metadata
{
    /// <summary>
    /// Writes the VTN-provisioned objectMetadata over whatever the client sent ("objectID and createdDateTime
    /// values included in representations used in POST and PUT requests will be ignored", Definition.md).
    /// </summary>
    public static T Stamp<T>(T request, string objectType, TimeProvider time) where T : ObjectMetadata
    {
        var now = OpenAdrTime.Format(time.GetUtcNow());
        return (T)((ObjectMetadata)request with
        {
            Id = Guid.NewGuid().ToString("N"),
            CreatedDateTime = now,
            ModificationDateTime = now,
            ObjectType = objectType,
        });
    }
}
