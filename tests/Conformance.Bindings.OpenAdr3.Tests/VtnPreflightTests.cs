using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Drivers;
using NSwag;

namespace Conformance.Bindings.OpenAdr3.Tests;

/// <summary>
/// The scopes the preflight asks of each harness client are those openadr3.yaml's security gives the operations the
/// client sends; the business logic's reads rest on read_all (Definition.md Object Privacy: a BL can read all objects).
/// </summary>
public class VtnPreflightTests
{
    /// <summary>What the business logic sends: programs, events, enrollment and targets, subscriptions, and the clean-up.</summary>
    private static readonly string[] BusinessLogicWrites =
    [
        "POST /programs", "PUT /programs/{programID}", "DELETE /programs/{programID}",
        "POST /events", "PUT /events/{eventID}", "DELETE /events/{eventID}",
        "POST /vens", "PUT /vens/{venID}", "DELETE /vens/{venID}",
        "POST /resources", "PUT /resources/{resourceID}", "DELETE /resources/{resourceID}",
        "POST /subscriptions", "DELETE /subscriptions/{subscriptionID}",
    ];

    /// <summary>What a harness VEN sends: its reads, its own ven object and resources, reports, subscriptions, and the clean-up.</summary>
    private static readonly string[] VenOperations =
    [
        "GET /programs", "GET /programs/{programID}", "GET /events", "GET /events/{eventID}",
        "GET /vens", "GET /vens/{venID}", "GET /resources",
        "POST /vens", "PUT /vens/{venID}", "DELETE /vens/{venID}", "POST /resources", "DELETE /resources/{resourceID}",
        "POST /reports", "DELETE /reports/{reportID}", "POST /subscriptions", "DELETE /subscriptions/{subscriptionID}",
    ];

    [Test]
    public async Task Every_harness_client_is_asked_the_scopes_the_yaml_gives_the_operations_it_sends()
    {
        var yaml = await OpenApiYamlDocument.FromFileAsync(Path.Combine(RepositoryRoot(), "specs", "openadr3", "3.1.0", "openadr3.yaml"));
        string Scope(string operation)
        {
            var (method, path) = (operation.Split(' ')[0].ToLowerInvariant(), operation.Split(' ')[1]);
            return yaml.Paths[path][method].Security.SelectMany(s => s.Values).SelectMany(v => v).Single();
        }

        VtnPreflight.ScopesNeeded(HarnessClients.BusinessLogicClientId).Should()
            .BeEquivalentTo(BusinessLogicWrites.Select(Scope).Distinct().Append("read_all"));
        foreach (var ven in HarnessClients.VenIds)
            VtnPreflight.ScopesNeeded(ven).Should().BeEquivalentTo(VenOperations.Select(Scope).Distinct(), ven);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {TestContext.CurrentContext.TestDirectory} holds Conformance.sln.");
    }
}
