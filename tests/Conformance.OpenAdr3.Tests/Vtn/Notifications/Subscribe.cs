using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>Subscription requests for the notification tests.</summary>
internal static class Subscribe
{
    public static readonly string[] Everything = [ObjectOperation.Create, ObjectOperation.Update, ObjectOperation.Delete];

    public static Subscription To(
        string objectType, Uri callback, string[]? operations = null, string? programId = null, string? bearerToken = null,
        IReadOnlyList<string>? targets = null) => new()
        {
            ClientName = TestVtn.Unique("subscriber"),
            ProgramId = programId,
            Targets = targets,
            ObjectOperations =
        [
            new ObjectOperation
            {
                Objects = [objectType],
                Operations = operations ?? Everything,
                CallbackUrl = callback.ToString(),
                BearerToken = bearerToken,
            },
        ],
        };
}
