using Conformance.OpenAdr3.Vtn;

namespace Conformance.Benchmarks.Fleet;

/// <summary>The clients provisioned out of band for a fleet: one BL and <c>N</c> VENs.</summary>
internal static class FleetClients
{
    public const string BusinessLogic = "bench-bl";

    public static string Ven(int index) => $"bench-ven-{index:D5}";

    public static string SecretOf(string clientId) => $"{clientId}-secret";

    public static IReadOnlyList<VtnClientCredential> For(int vens) =>
    [
        new(BusinessLogic, SecretOf(BusinessLogic), VtnClientRole.BusinessLogic),
        .. Enumerable.Range(0, vens).Select(i => new VtnClientCredential(Ven(i), SecretOf(Ven(i)), VtnClientRole.Ven)),
    ];
}
