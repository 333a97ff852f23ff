using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// OpenADR 3.1 VEN enrollment on the VTN under judgement: the business logic creates a ven object with the client's
/// ID and its resources with targets, then the VEN logs in afresh with the credentials it was given. One per scenario;
/// its own connections to the VTN (one per VEN, with its TLS), so that each login is a new one.
/// </summary>
public sealed class EnrollmentDriver(GridDomain grid, ScenarioCancellation cancellation)
{
    private readonly Dictionary<string, Enrollment> _enrollments = [];
    private readonly Dictionary<string, OpenAdrClient> _connected = [];
    private readonly Dictionary<string, HttpClient> _http = [];
    private string? _lastClientId;

    /// <summary>What the business logic sent and what the VTN answered, for the ven object and each resource.</summary>
    public sealed record Enrollment(string ClientId, Ven SentVen, Ven Ven, IReadOnlyList<(Resource Sent, Resource Stored)> Resources);

    /// <summary>The VTN's refusal of the last login with a wrong secret, or null if it issued a token.</summary>
    public ProblemException? WrongSecretRefusal { get; private set; }

    public async Task EnrollAsync(string venName, string clientId, string group, IReadOnlyList<(string Name, string Group)> resources)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        var sentVen = new Ven { ObjectType = ObjectTypes.BlVenRequest, VenName = grid.Names.Wire(venName), ClientId = clientId, Targets = [group] };
        var ven = await VtnAnswers.Accepted(bl.CreateVenAsync(sentVen),
            $"the VTN to accept the business logic's ven object {grid.Names.Quote(venName)} for client '{clientId}' (POST /vens)");
        var created = new List<(Resource, Resource)>();
        foreach (var (name, resourceGroup) in resources)
        {
            var sent = new Resource
            {
                ObjectType = ObjectTypes.BlResourceRequest,
                ResourceName = name,
                VenId = ven.Id,
                ClientId = clientId,
                Targets = [resourceGroup]
            };
            created.Add((sent, await VtnAnswers.Accepted(bl.CreateResourceAsync(sent),
                $"the VTN to accept the business logic's resource '{name}' of ven '{venName}' (POST /resources)")));
        }
        _enrollments[venName] = new Enrollment(clientId, sentVen, ven, created);
    }

    public Enrollment Of(string venName) => _enrollments.TryGetValue(venName, out var e)
        ? e
        : throw new InvalidOperationException($"ven '{venName}' was not enrolled in this scenario");

    /// <summary>A new login with the client ID and secret the business logic provided; the VTN must issue a token.</summary>
    public async Task ConnectAsync(string clientId) =>
        _connected[clientId] = await VtnAnswers.Accepted(OpenAdrClient.ConnectAsync(await HttpAsync(clientId), clientId,
            grid.HarnessVenSecret(clientId), cancellation.Token),
            $"the VTN to issue client '{clientId}' a token for the client ID and secret the business logic provided (POST /auth/token)");

    /// <summary>The VEN's connection made in this scenario with the credentials the business logic provided.</summary>
    public OpenAdrClient Connected(string clientId) => _connected.TryGetValue(clientId, out var client)
        ? client
        : throw new InvalidOperationException($"VEN '{clientId}' has not connected in this scenario; a step must connect it first");

    /// <summary>A login with the right client ID and a wrong secret; returns whether the VTN issued a token anyway.</summary>
    public async Task<bool> ConnectWithWrongSecretAsync(string clientId)
    {
        try
        {
            await OpenAdrClient.ConnectAsync(await HttpAsync(clientId), clientId, "wrong-" + Guid.NewGuid().ToString("N"), cancellation.Token);
            return true;
        }
        catch (ProblemException e)
        {
            WrongSecretRefusal = e;
            return false;
        }
    }

    /// <summary>
    /// The status of GET /vens sent with no token, or null if the VTN answered it; over the connection of the VEN that
    /// last logged in (under mutual TLS its certificate passes the handshake, so the token alone is missing).
    /// </summary>
    public async Task<int?> RequestWithoutTokenAsync() =>
        await VtnAnswers.Refusal(new OpenAdrClient(await HttpAsync(_lastClientId ?? HarnessClients.VenIds[0])).GetVensAsync(new VenSearch()));

    private async Task<HttpClient> HttpAsync(string clientId)
    {
        await grid.BusinessLogicAsync(cancellation.Token);
        _lastClientId = clientId;
        if (!_http.TryGetValue(clientId, out var http)) _http[clientId] = http = grid.NewVtnHttp(clientId);
        return http;
    }
}
