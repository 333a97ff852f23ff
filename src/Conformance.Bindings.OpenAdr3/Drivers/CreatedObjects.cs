using System.Text.Json;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// What the harness's clients created on a VTN under test (each 201 to a POST on an object collection, seen by
/// <see cref="CreationHandler"/>), kept per scenario so that the scenario deletes it at its end, newest first, each with
/// the client that created it. A VTN under test keeps its objects between runs; the harness's own VTN is discarded
/// with the run, so nothing is kept for it.
/// </summary>
public sealed class CreatedObjects
{
    /// <summary>The object collections the harness creates objects in, with the field that names an object of each.</summary>
    public static readonly IReadOnlyDictionary<string, string> NameFields = new Dictionary<string, string>
    {
        ["programs"] = "programName",
        ["events"] = "eventName",
        ["vens"] = "venName",
        ["resources"] = "resourceName",
        ["reports"] = "reportName",
        ["subscriptions"] = "clientName",
    };

    private readonly List<CreatedObject> _scenario = [];
    private readonly HashSet<string> _names = [];

    /// <summary>One object a harness client created, as the VTN answered it.</summary>
    public sealed record CreatedObject(string ClientId, string Collection, string Id, string? Name)
    {
        public override string ToString() =>
            $"{(Collection == "vens" ? "ven object" : Collection.TrimEnd('s'))} {(Name is null ? "" : $"'{Name}' ")}(id {Id})";
    }

    public void Add(CreatedObject created)
    {
        lock (_scenario)
        {
            _scenario.Add(created);
            if (created.Name is { } name) _names.Add(name);
        }
    }

    /// <summary>Whether some harness client of this run created an object with this name.</summary>
    public bool NameCreatedInRun(string name)
    {
        lock (_scenario) return _names.Contains(name);
    }

    /// <summary>
    /// Deletes what the scenario created, newest first, each with the client that created it; an object the VTN no
    /// longer holds (404) is gone already. Every refusal or silence is a finding naming the object and the VTN's
    /// answer (record); nothing here changes the scenario's verdict. Bounded by <paramref name="ct"/>.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> DeleteScenarioObjectsAsync(Func<string, CancellationToken, Task<OpenAdrClient>> clientOf,
        EvidenceLog evidence, CancellationToken ct)
    {
        List<CreatedObject> created;
        lock (_scenario)
        {
            created = [.. _scenario];
            _scenario.Clear();
        }
        var findings = new List<Finding>();
        foreach (var item in Enumerable.Reverse(created))
        {
            try
            {
                await DeleteAsync(await clientOf(item.ClientId, ct), item, ct);
            }
            catch (ProblemException e) when ((int)e.StatusCode == 404)
            {
                // Gone already (a VTN may delete an object's dependants with it).
            }
            catch (Exception e) when (e is ProblemException or HttpRequestException or OperationCanceledException or JsonException)
            {
                var answer = evidence.Snapshot().LastOrDefault(r =>
                    r.IsVtnAnswer() && r.Http!.Method == "DELETE" && r.Http.Path.EndsWith($"/{item.Id}", StringComparison.Ordinal));
                findings.Add(new Finding($"openadr3.yaml DELETE /{item.Collection}/{{id}}: 200 (the harness's clean-up)",
                    $"clean-up: the {item} that this scenario created was not deleted by its client '{item.ClientId}': {Answer(e)}; " +
                    "it stays on the VTN",
                    answer?.Seq));
            }
        }
        return findings;
    }

    private static Task DeleteAsync(OpenAdrClient client, CreatedObject item, CancellationToken ct) => item.Collection switch
    {
        "programs" => client.DeleteProgramAsync(item.Id, ct),
        "events" => client.DeleteEventAsync(item.Id, ct),
        "vens" => client.DeleteVenAsync(item.Id, ct),
        "resources" => client.DeleteResourceAsync(item.Id, ct),
        "reports" => client.DeleteReportAsync(item.Id, ct),
        "subscriptions" => client.DeleteSubscriptionAsync(item.Id, ct),
        _ => throw new InvalidOperationException($"no delete for collection '{item.Collection}'"),
    };

    private static string Answer(Exception e) => e switch
    {
        ProblemException p => $"the VTN answered {(int)p.StatusCode} ({p.Problem?.Title}: {p.Problem?.Detail})",
        HttpRequestException h => $"the VTN could not be reached ({h.Message})",
        OperationCanceledException => "the VTN did not answer in time",
        _ => $"its answer could not be read ({e.Message})",
    };
}
