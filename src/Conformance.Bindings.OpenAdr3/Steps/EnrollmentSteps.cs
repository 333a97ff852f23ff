using System.Net;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>OpenADR 3.1 "VEN enrollment": the business logic provisions the ven object and resources, then the VEN connects.</summary>
[Binding]
public sealed class EnrollmentSteps(EnrollmentDriver enrollment, AnswerTrail trail)
{
    private long _loginMark;
    private string? _loginClient;
    private bool _tokenIssued;

    [Given("the business logic has enrolled ven {string} for client {string} in group {string} with resources:")]
    public Task HasEnrolled(string venName, string clientId, string group, DataTable resources) =>
        enrollment.EnrollAsync(venName, clientId, group, [.. resources.Rows.Select(r => (r["resource"], r["group"]))]);

    [Given("VEN {string} has connected with the client ID and secret the business logic provided")]
    [When("VEN {string} connects with the client ID and secret the business logic provided")]
    public Task Connects(string clientId) => enrollment.ConnectAsync(clientId);

    [Then("VEN {string} finds ven {string} as the business logic enrolled it")]
    public async Task FindsItsVen(string clientId, string venName)
    {
        var enrolled = enrollment.Of(venName);
        var ven = enrollment.Connected(clientId);
        var mark = trail.Mark();
        var listed = await VtnAnswers.Accepted(Pages.AllAsync((skip, limit) => ven.GetVensAsync(new VenSearch { Skip = skip, Limit = limit })),
            $"the VTN to answer VEN '{clientId}''s GET /vens");
        var expected = $"VEN '{clientId}' to find ven '{venName}' (id {enrolled.Ven.Id}) as the business logic created it for the VEN, and no ven " +
            "object of another client";
        var found = listed.FirstOrDefault(v => v.Id == enrolled.Ven.Id);
        var problems = found is null
            ? [$"GET /vens listed [{string.Join(", ", listed.Select(v => $"'{v.VenName}' ({v.Id})"))}], not this one"]
            : WireComparison.Differences(enrolled.SentVen, found).ToList();
        if (listed.Where(v => v.ClientId != clientId).ToList() is { Count: > 0 } foreign)
            problems.Add($"GET /vens also listed {string.Join(", ", foreign.Select(v => $"'{v.VenName}' of client '{v.ClientId}'"))}");
        if (problems.Count > 0) throw Judge.Fail(expected,
            $"{WireComparison.Describe(problems)} {await trail.SinceAsync(mark, AnswerTrail.Ven(clientId))}");
    }

    [Then("VEN {string} finds the resources of ven {string} as the business logic enrolled them")]
    public async Task FindsItsResources(string clientId, string venName)
    {
        var enrolled = enrollment.Of(venName);
        var ven = enrollment.Connected(clientId);
        var mark = trail.Mark();
        var listed = await VtnAnswers.Accepted(
            Pages.AllAsync((skip, limit) => ven.GetResourcesAsync(new ResourceSearch { VenId = enrolled.Ven.Id, Skip = skip, Limit = limit })),
            $"the VTN to answer VEN '{clientId}''s GET /resources?venID={enrolled.Ven.Id}");
        var problems = new List<string>();
        foreach (var (sent, stored) in enrolled.Resources)
        {
            if (listed.FirstOrDefault(r => r.Id == stored.Id) is { } found)
                problems.AddRange(WireComparison.Differences(sent, found).Select(d => $"resource '{sent.ResourceName}' {d}"));
            else
                problems.Add($"resource '{sent.ResourceName}' ({stored.Id}) was not listed");
        }
        if (listed.Where(r => enrolled.Resources.All(e => e.Stored.Id != r.Id)).ToList() is { Count: > 0 } others)
            problems.Add($"it also listed {string.Join(", ", others.Select(r => $"'{r.ResourceName}' ({r.Id}) of ven {r.VenId}"))}");
        if (problems.Count > 0)
            throw Judge.Fail($"VEN '{clientId}''s GET /resources?venID={enrolled.Ven.Id} to list the resources the business logic enrolled for ven " +
                $"'{venName}' ({string.Join(", ", enrolled.Resources.Select(r => r.Sent.ResourceName))}), as it enrolled them, and no other",
                $"{WireComparison.Describe(problems)} {await trail.SinceAsync(mark, AnswerTrail.Ven(clientId))}");
    }

    [When("a VEN connects as client {string} with a wrong secret")]
    public async Task ConnectsWithAWrongSecret(string clientId)
    {
        (_loginMark, _loginClient) = (trail.Mark(), clientId);
        _tokenIssued = await enrollment.ConnectWithWrongSecretAsync(clientId);
    }

    [Then("the VTN refuses it a token")]
    public async Task RefusesAToken()
    {
        var refusal = enrollment.WrongSecretRefusal;
        if (!_tokenIssued && refusal?.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized) return;
        throw Judge.Fail($"the VTN to refuse client '{_loginClient}' a token for a wrong secret (400 or 401)",
            $"{(_tokenIssued ? "it issued one" : $"it answered {(int?)refusal?.StatusCode}")} " +
            $"{await trail.SinceAsync(_loginMark, AnswerTrail.Ven(_loginClient!))}");
    }

    [Then("the VTN refuses a request that carries no token")]
    public async Task RefusesARequestWithoutAToken()
    {
        var mark = trail.Mark();
        var status = await enrollment.RequestWithoutTokenAsync();
        if (status == (int)HttpStatusCode.Unauthorized) return;
        throw Judge.Fail("the VTN to answer GET /vens sent without a token with 401",
            $"{(status is null ? "it answered the request" : $"it answered {status}")} {await trail.SinceAsync(mark, "anonymous")}");
    }
}
