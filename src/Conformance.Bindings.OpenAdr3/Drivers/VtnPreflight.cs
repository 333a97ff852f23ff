using System.Text.Json;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Model.SystemUnderTest;
using Conformance.OpenAdr3.Client;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Before the first scenario against a VTN under test: every harness client of the system-under-test file logs in
/// (OAuth2 client credentials, as the scenarios do) and, when the VTN's token answer names its scopes, holds the scopes
/// of the operations that client sends (openadr3.yaml's security per operation). A refusal, an unreachable VTN or a
/// silence is one line naming the client, the URL and the answer, so that a wrong secret is not 25 failed scenarios.
/// Every exchange is recorded at the client's end, like a scenario's.
/// </summary>
public static class VtnPreflight
{
    /// <summary>The bound of one client's login.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The scopes a harness client needs, from openadr3.yaml's security of the operations it sends: the business logic
    /// writes programs, events, ven objects and resources (enrollment, targets) and subscriptions and reads everything
    /// (read_all, which a BL holds; Definition.md Object Privacy); a harness VEN writes its ven object and resources,
    /// reports and subscriptions, and reads read_targets and read_ven_objects objects.
    /// </summary>
    public static IReadOnlyList<string> ScopesNeeded(string clientId) => clientId == HarnessClients.BusinessLogicClientId
        ? ["read_all", "write_programs", "write_events", "write_vens", "write_subscriptions"]
        : ["read_targets", "read_ven_objects", "write_vens", "write_reports", "write_subscriptions"];

    public static async Task CheckAsync(GridDomain grid, CancellationToken ct)
    {
        if (grid.Settings.Vtn is not { } vtn) return;
        foreach (var clientId in HarnessClients.All.Where(vtn.Clients.ContainsKey))
        {
            var from = grid.Evidence.Snapshot().Count;
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
            bound.CancelAfter(Bound);
            try
            {
                await OpenAdrClient.ConnectAsync(grid.NewVtnHttp(clientId), clientId, vtn.Clients[clientId].ClientSecret, bound.Token);
            }
            catch (ProblemException e)
            {
                var detail = e.Problem?.Detail ?? e.Problem?.Title ?? e.Body;
                throw Refused(clientId, e.Url is { } url ? $"{e.Method} {url}" : LastRequest(grid, from),
                    $"answered {(int)e.StatusCode} {e.StatusCode}{(string.IsNullOrEmpty(detail) ? "" : $": {detail}")}");
            }
            catch (HttpRequestException e)
            {
                throw Refused(clientId, LastRequest(grid, from), $"could not be reached ({e.Message})");
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw Refused(clientId, LastRequest(grid, from), $"did not answer within {Bound.TotalSeconds:0} s");
            }
            catch (JsonException)
            {
                // A token answer of another shape (scope as an array, ...) is judged by its own scenario, not refused here.
            }
            CheckScopes(grid, clientId, from);
        }
    }

    /// <summary>
    /// When the token answer names its scopes (RFC 6749 5.1: optional when they are the ones asked for), the client must
    /// hold its own.
    /// </summary>
    private static void CheckScopes(GridDomain grid, string clientId, int from)
    {
        var answer = grid.Evidence.Snapshot().Skip(from).LastOrDefault(r => r.IsVtnAnswer() && r.Http is { Method: "POST", Status: 200 });
        if (answer is null || Scopes(answer.Body) is not { } granted) return;
        var missing = ScopesNeeded(clientId).Except(granted).ToList();
        if (missing.Count > 0)
            throw Refused(clientId, LastRequest(grid, from),
                $"issued a token (#{answer.Seq}) with scope '{string.Join(" ", granted)}', without {string.Join(", ", missing)}, which the " +
                "operations this client sends need (openadr3.yaml security per operation)");
    }

    private static IReadOnlyList<string>? Scopes(string? body)
    {
        try
        {
            using var json = JsonDocument.Parse(body ?? "");
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("scope", out var scope)) return null;
            return scope.ValueKind switch
            {
                JsonValueKind.String => scope.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                JsonValueKind.Array => [.. scope.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)],
                _ => null,
            };
        }
        catch (JsonException) { return null; }
    }

    /// <summary>
    /// The client's last request in the preflight (to the token endpoint, or auth/server), method and URL; evidence
    /// records targets below the VTN's base.
    /// </summary>
    private static string LastRequest(GridDomain grid, int from) =>
        grid.Evidence.Snapshot().Skip(from).LastOrDefault(r => r.Direction == Directions.Request && r.Http is not null) is { Http: { } http }
            ? $"{http.Method} {new Uri(grid.VtnBaseAddress, http.Target.TrimStart('/'))}"
            : $"POST {new Uri(grid.VtnBaseAddress, "auth/token")}";

    private static PreflightException Refused(string clientId, string request, string answer) =>
        new($"harness client '{clientId}' on the VTN under test: {request} {answer}");
}
