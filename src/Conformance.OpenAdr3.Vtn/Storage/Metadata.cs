using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Writes the VTN-provisioned objectMetadata over whatever the client sent: "A VTN SHALL ignore objectID,
/// createdDateTime, modificationDateTime, and objectType values included in representations used in POST
/// and PUT requests" (Definition.md, POST and PUT).
/// </summary>
internal static class Metadata
{
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

    /// <summary>A PUT keeps the object's id, createdDateTime and objectType and moves modificationDateTime.</summary>
    public static T Restamp<T>(T replacement, T stored, TimeProvider time) where T : ObjectMetadata =>
        (T)((ObjectMetadata)replacement with
        {
            Id = stored.Id,
            CreatedDateTime = stored.CreatedDateTime,
            ModificationDateTime = OpenAdrTime.Format(time.GetUtcNow()),
            ObjectType = stored.ObjectType,
        });
}
