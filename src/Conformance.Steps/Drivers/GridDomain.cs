using Conformance.Evidence.Clock;
using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Ven;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;

namespace Conformance.Steps.Drivers;

/// <summary>
/// One IEC 62746-3 communication domain on OpenADR 3.1: the harness's reference VTN (every message it receives
/// recorded), the business logic that drives it, and the VEN: the harness's reference VEN, or the VEN under test
/// that connects to the VTN's URL from the system-under-test file. Started on first use, kept for the run.
/// </summary>
/// <param name="vtnFault">
/// Middleware placed in the VTN's pipeline inside the evidence recording: lets a test make the reference VTN misbehave
/// (and the evidence show it) to prove that a scenario catches it. Null in every conformance run.
/// </param>
public sealed class GridDomain(SystemUnderTestDescription sut, RunClock clock, EvidenceLog evidence, Action<IApplicationBuilder>? vtnFault = null) : IAsyncDisposable
{
    public const string Protocol = "openadr3/http";
    private const string BusinessLogicClientId = "harness-business-logic";

    /// <summary>
    /// VEN clients the harness plays itself, for scenarios that certify the VTN (isolation needs two). The third is
    /// kept for VEN enrollment: the business logic provisions its ven objects before it connects.
    /// </summary>
    public static readonly IReadOnlyList<string> HarnessVenIds = ["harness-ven-1", "harness-ven-2", "harness-ven-3"];

    /// <summary>The reference VEN's polling interval: short, so the embedded default runs quickly on real time.</summary>
    public static readonly TimeSpan ReferenceVenPollingInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _businessLogicSecret = Guid.NewGuid().ToString("N");
    private VtnServer? _vtn;
    private OpenAdrClient? _businessLogic;
    private HttpClient? _http;
    private ReferenceVen? _referenceVen;
    private readonly Dictionary<string, string> _harnessVenSecrets = HarnessVenIds.ToDictionary(id => id, _ => Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, OpenAdrClient> _harnessVens = [];
    private readonly Dictionary<string, WebhookReceiver> _webhooks = [];

    /// <summary>The VEN the scenarios address: the one under test, or the harness's reference VEN.</summary>
    public VenUnderTest Ven { get; } = sut.Ven ?? new VenUnderTest("reference-ven", "reference-ven", Guid.NewGuid().ToString("N"), ReferenceVenPollingInterval);

    public bool VenIsUnderTest => sut.RoleUnderTest == Role.Ven;

    /// <summary>Now on the run clock, for the times written into the objects the harness sends.</summary>
    public DateTimeOffset Now => clock.Time.GetUtcNow();

    public Uri VtnBaseAddress => _vtn?.BaseAddress ?? throw new InvalidOperationException("the VTN has not been started");

    /// <summary>The business logic's client of the VTN, starting the VTN if it is not running yet.</summary>
    public async Task<OpenAdrClient> BusinessLogicAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_businessLogic is not null) return _businessLogic;
            _vtn = await VtnServer.StartAsync(new VtnOptions
            {
                Url = sut.HarnessVtnUrl,
                Clients =
                [
                    new VtnClientCredential(BusinessLogicClientId, _businessLogicSecret, VtnClientRole.BusinessLogic),
                    new VtnClientCredential(Ven.ClientId, Ven.ClientSecret, VtnClientRole.Ven),
                    .. _harnessVenSecrets.Select(v => new VtnClientCredential(v.Key, v.Value, VtnClientRole.Ven)),
                ],
                Time = clock.Time,
                Mqtt = MqttBrokerOptions.InProcess(), // MQTT notifications: OAUTH2_BEARER_TOKEN and topic ACLs on a free loopback port
                ConfigurePipeline = app =>
                {
                    app.UseEvidenceRecording(evidence, new RecordingOptions(Protocol, nameof(Role.Vtn), RoleOf));
                    vtnFault?.Invoke(app);
                },
            }, ct);
            _http = new HttpClient { BaseAddress = _vtn.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            _businessLogic = await OpenAdrClient.ConnectAsync(_http, BusinessLogicClientId, _businessLogicSecret, ct);
            return _businessLogic;
        }
        finally { _gate.Release(); }
    }

    /// <summary>The VTN client of a VEN the harness plays itself (one of <see cref="HarnessVenIds"/>).</summary>
    public async Task<OpenAdrClient> HarnessVenAsync(string clientId, CancellationToken ct)
    {
        if (!_harnessVenSecrets.TryGetValue(clientId, out var secret))
            throw new ArgumentException($"'{clientId}' is not one of the harness's VENs ({string.Join(", ", HarnessVenIds)})", nameof(clientId));
        await BusinessLogicAsync(ct);
        await _gate.WaitAsync(ct);
        try
        {
            if (!_harnessVens.TryGetValue(clientId, out var client))
                _harnessVens[clientId] = client = await OpenAdrClient.ConnectAsync(_http!, clientId, secret, ct);
            return client;
        }
        finally { _gate.Release(); }
    }

    /// <summary>The secret the business logic hands a harness VEN's customer out of band (OpenADR 3.1 VEN enrollment).</summary>
    public string HarnessVenSecret(string clientId) => _harnessVenSecrets.TryGetValue(clientId, out var secret)
        ? secret
        : throw new ArgumentException($"'{clientId}' is not one of the harness's VENs ({string.Join(", ", HarnessVenIds)})", nameof(clientId));

    /// <summary>The webhook endpoint of a subscriber the harness plays, started on first use and kept for the run.</summary>
    public async Task<WebhookReceiver> WebhookReceiverAsync(string subscriberRole, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!_webhooks.TryGetValue(subscriberRole, out var receiver))
                _webhooks[subscriberRole] = receiver = await WebhookReceiver.StartAsync(evidence, "openadr3/webhook", subscriberRole, ct);
            return receiver;
        }
        finally { _gate.Release(); }
    }

    /// <summary>Starts the reference VEN, unless the VEN is the system under test (which connects by itself).</summary>
    public async Task StartVenAsync(CancellationToken ct)
    {
        await BusinessLogicAsync(ct);
        if (VenIsUnderTest) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_referenceVen is not null) return;
            _referenceVen = new ReferenceVen(new VenOptions
            {
                VtnBaseAddress = VtnBaseAddress,
                ClientId = Ven.ClientId,
                ClientSecret = Ven.ClientSecret,
                VenName = Ven.VenName,
                PollingInterval = Ven.PollingInterval,
                Time = clock.Time,
            });
            await _referenceVen.StartAsync(ct);
        }
        finally { _gate.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (_referenceVen is not null) await _referenceVen.DisposeAsync();
        foreach (var receiver in _webhooks.Values) await receiver.DisposeAsync();
        _http?.Dispose();
        if (_vtn is not null) await _vtn.DisposeAsync();
        _gate.Dispose();
    }

    /// <summary>Names the role behind a client id in the evidence.</summary>
    private string RoleOf(string? clientId) => clientId switch
    {
        null => "anonymous",
        BusinessLogicClientId => nameof(Role.BusinessLogic),
        _ when clientId == Ven.ClientId => nameof(Role.Ven),
        _ when _harnessVenSecrets.ContainsKey(clientId) => $"{nameof(Role.Ven)} {clientId}",
        _ => $"unknown client '{clientId}'",
    };
}
