using System.Net;
using System.Text.Json;
using Conformance.Model.Verdicts;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Sits in a harness client's pipeline towards a VTN under test: each object the VTN creates for the client (a 201 to
/// a POST on an object collection) goes to <see cref="CreatedObjects"/> for the scenario's clean-up. A 409 to a POST
/// of a program or ven object (unique names; one ven object per clientID is a VTN's choice too) whose name no client
/// of this run created is a clash with what an earlier run or another user left on the VTN: the
/// scenario is inconclusive with the reason, not a fail of the VTN.
/// </summary>
public sealed class CreationHandler(CreatedObjects created, string clientId, Uri baseAddress, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Post || Collection(request.RequestUri) is not { } collection) return await base.SendAsync(request, ct);
        var sent = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var response = await base.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadAsStringAsync(ct);
            if (Field(answer, "id") is { } id) created.Add(new(clientId, collection, id, Field(answer, CreatedObjects.NameFields[collection])));
        }
        else if (response.StatusCode == HttpStatusCode.Conflict && collection is "programs" or "vens"
            && Field(sent, CreatedObjects.NameFields[collection]) is { } name
            && !created.NameCreatedInRun(name))
        {
            var detail = await response.Content.ReadAsStringAsync(ct);
            response.Dispose();
            throw Judge.Inconclusive($"the VTN refused {clientId}'s POST /{collection} for '{name}' with 409 ({Shorten(detail)}), and no client of " +
                "this run created an object of that name: it clashes with an object left on the VTN from before this run (the same name, or " +
                "another ven object for the same client); delete it on the VTN and run again");
        }
        return response;
    }

    /// <summary>The collection a POST goes to, when it is one the harness creates objects in ("programs"; not "auth/token").</summary>
    private string? Collection(Uri? url)
    {
        if (url is null || !url.AbsoluteUri.StartsWith(baseAddress.AbsoluteUri, StringComparison.OrdinalIgnoreCase)) return null;
        var path = url.AbsoluteUri[baseAddress.AbsoluteUri.Length..].Split('?')[0].Trim('/');
        return CreatedObjects.NameFields.ContainsKey(path) ? path : null;
    }

    private static string? Field(string? json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? "");
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException) { return null; }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
