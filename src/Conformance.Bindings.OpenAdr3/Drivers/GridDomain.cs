using System.Security.Cryptography.X509Certificates;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Conformity;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Ven;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Bindings;
using Conformance.Tls;
using Microsoft.AspNetCore.Builder;
using MQTTnet;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// One IEC 62746-3 communication domain on OpenADR 3.1: the VTN (the harness's reference VTN, every message it
/// receives recorded, or the VTN under test, reached over HTTP or HTTPS with the TLS the system-under-test file gives
/// each harness client, every exchange recorded at the client's end), the business logic that drives it, and the VEN:
/// the harness's reference VEN, or the VEN under test that connects to the VTN's URL from the system-under-test file.
/// Started on first use, kept for the run.
/// </summary>
/// <param name="vtnFault">
/// Middleware placed in the VTN's pipeline inside the evidence recording: lets a test make the reference VTN misbehave
/// (and the evidence show it) to prove that a scenario catches it. Null in every conformance run.
/// </param>
public sealed class GridDomain(
    SystemUnderTestDescription sut, RunClock clock, EvidenceLog evidence, Action<IApplicationBuilder>? vtnFault = null) : IAsyncDisposable
{
    private const string BusinessLogicClientId = HarnessClients.BusinessLogicClientId;

    /// <summary>VEN clients the harness plays itself (<see cref="HarnessClients.VenIds"/>).</summary>
    private static IReadOnlyList<string> HarnessVenIds => HarnessClients.VenIds;

    private readonly OpenAdr3Settings _settings = OpenAdr3Settings.Of(sut);

    /// <summary>
    /// The reference VEN's polling interval: short, so the embedded default runs quickly on real time; in virtual time
    /// every poll is a step of the clock, so a longer one keeps a simulated day to seconds of wall time.
    /// </summary>
    public static TimeSpan ReferenceVenPollingInterval(ClockSetting clock) =>
        clock.Mode == TimeMode.Virtual ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _businessLogicSecret = OpenAdr3Settings.Of(sut).Vtn?.Clients[BusinessLogicClientId].ClientSecret
        ?? Guid.NewGuid().ToString("N");
    private VtnServer? _vtn;
    private OpenAdrClient? _businessLogic;
    private ReferenceVen? _referenceVen;
    private HttpMessageHandler? _referenceVenHandler;
    private readonly List<HttpClient> _https = [];
    private readonly Dictionary<string, string> _harnessVenSecrets = HarnessVenIds.ToDictionary(id => id,
        id => OpenAdr3Settings.Of(sut).Vtn?.Clients[id].ClientSecret ?? Guid.NewGuid().ToString("N"));

    // Loaded when the domain is made, so that a certificate file that cannot be used fails before any scenario.
    private readonly IReadOnlyDictionary<string, TlsClientOptions> _vtnUnderTestTls = OpenAdr3Settings.Of(sut).Vtn is { } vtn
        ? VtnUnderTestTls.Load(vtn) : new Dictionary<string, TlsClientOptions>();
    private readonly X509Certificate2? _callbackCertificate = HarnessCallbackCertificate.For(OpenAdr3Settings.Of(sut).Callbacks);
    private readonly Dictionary<string, OpenAdrClient> _harnessVens = [];
    private readonly Dictionary<string, WebhookReceiver> _webhooks = [];

    /// <summary>The VEN the scenarios address: the one under test, or the harness's reference VEN.</summary>
    public VenUnderTest Ven { get; } = OpenAdr3Settings.Of(sut).Ven
        ?? new VenUnderTest("reference-ven", "reference-ven", Guid.NewGuid().ToString("N"), ReferenceVenPollingInterval(clock.Setting));

    /// <summary>The system-under-test file's OpenADR 3.1 section (or its defaults).</summary>
    public OpenAdr3Settings Settings => _settings;

    public bool VenIsUnderTest => sut.RoleUnderTest == Role.Ven;

    /// <summary>What the run's exchanges found against the specification, until each scenario's ledger takes its own.</summary>
    public RunFindings Findings { get; } = new();

    /// <summary>The run's evidence, where every message of the domain is recorded.</summary>
    public EvidenceLog Evidence => evidence;

    /// <summary>Now on the run clock, for the times written into the objects the harness sends.</summary>
    public DateTimeOffset Now => clock.Time.GetUtcNow();

    public Uri VtnBaseAddress => _settings.Vtn is { } vtn ? WithSlash(vtn.Url)
        : _vtn?.BaseAddress ?? throw new InvalidOperationException("the VTN has not been started");

    public bool VtnIsUnderTest => sut.RoleUnderTest == Role.Vtn;

    /// <summary>The names the run's objects go by on the wire (run-unique on a VTN under test, which keeps them).</summary>
    public RunNames Names { get; } = sut.RoleUnderTest == Role.Vtn ? RunNames.Unique() : RunNames.AsWritten;

    /// <summary>What the harness's clients created on the VTN under test in the running scenario, for its clean-up.</summary>
    public CreatedObjects Created { get; } = new();

    /// <summary>
    /// Deletes what the harness's clients created on the VTN under test in the scenario (nothing on the harness's own
    /// VTN, which is discarded with the run); returns a finding for each object that stays.
    /// </summary>
    public Task<IReadOnlyList<Finding>> CleanUpScenarioAsync(CancellationToken ct) =>
        Created.DeleteScenarioObjectsAsync((clientId, token) => clientId == BusinessLogicClientId ? BusinessLogicAsync(token)
            : HarnessVenAsync(clientId, token), evidence, ct);

    /// <summary>The business logic's client of the VTN, starting the VTN if it is not running yet.</summary>
    public async Task<OpenAdrClient> BusinessLogicAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_businessLogic is not null) return _businessLogic;
            if (!VtnIsUnderTest) _vtn = await StartReferenceVtnAsync(ct);
            _businessLogic = await OpenAdrClient.ConnectAsync(NewVtnHttp(BusinessLogicClientId), BusinessLogicClientId, _businessLogicSecret, ct);
            return _businessLogic;
        }
        finally { _gate.Release(); }
    }

    private Task<VtnServer> StartReferenceVtnAsync(CancellationToken ct) => VtnServer.StartAsync(new VtnOptions
    {
        Url = _settings.HarnessVtnUrl,
        Clients =
        [
            new VtnClientCredential(BusinessLogicClientId, _businessLogicSecret, VtnClientRole.BusinessLogic),
            new VtnClientCredential(Ven.ClientId, Ven.ClientSecret, VtnClientRole.Ven),
            .. _harnessVenSecrets.Select(v => new VtnClientCredential(v.Key, v.Value, VtnClientRole.Ven)),
        ],
        Time = clock.Time,
        TokenSigningKey = _settings.TokenKeyFile is { } keyFile ? TokenKeyFile.LoadOrCreate(keyFile) : null,
        Mqtt = MqttBrokerOptions.InProcess(), // MQTT notifications: OAUTH2_BEARER_TOKEN and topic ACLs on a free loopback port
        // The harness's own VTN trusts the harness's https webhook receivers by their certificate (harness.callbacks);
        // http receivers only with the development switch, which the run reports as a condition (OpenAdr3Binding).
        Notifications = _callbackCertificate is { } callbackCertificate
            ? new NotificationOptions { CallbackTrustedCertificates = [callbackCertificate] } : new(),
        AllowHttpCallbacks = _settings.Callbacks.IsPlainHttp,
        ConfigurePipeline = app =>
        {
            app.UseEvidenceRecording(evidence, OpenAdrEvidencePolicy.Options, nameof(Role.Vtn), RoleOf);
            vtnFault?.Invoke(app);
        },
    }, ct);

    /// <summary>
    /// A new connection to the VTN for a harness client (the business logic or one of the harness's VENs), kept for
    /// the run. The reference VTN records what it receives; towards a VTN under test the client records its own
    /// exchanges and uses the TLS the system-under-test file gives it (trusted roots, its client certificate).
    /// </summary>
    public HttpClient NewVtnHttp(string clientId)
    {
        var baseAddress = VtnBaseAddress;
        // The reference VTN over https (a harness.vtnUrl for a VEN under test) is trusted by its own certificate.
        // In virtual time the clock waits while a request is in flight (ActivityHandler).
        var http = _vtnUnderTestTls.TryGetValue(clientId, out var tls)
            ? new HttpClient(new CreationHandler(Created, clientId, baseAddress, new ConformityHandler(baseAddress, evidence, Findings,
                new RecordingHandler(evidence, OpenAdrEvidencePolicy.Options, RoleOf(clientId), nameof(Role.Vtn), baseAddress, tls.CreateHandler()))))
            : new HttpClient(new ConformityHandler(baseAddress, evidence, Findings,
                new ActivityHandler(clock.Activity, ReferenceVtnTls.CreateHandler())));
        if (VtnIsUnderTest && baseAddress.Scheme == Uri.UriSchemeHttp)
            Findings.NoteOnce("vtn http", evidence.CurrentScenario, new Finding(
                "Definition.md HTTPS/TLS: a VTN or VEN MUST use 'HTTP over TLS' (HTTPS)",
                $"the VTN under test is reached at {baseAddress}, plain http"));
        http.BaseAddress = baseAddress;
        http.Timeout = TimeSpan.FromSeconds(30);
        lock (_https) _https.Add(http);
        return http;
    }

    /// <summary>
    /// TLS for a harness client's MQTT connection to an mqtts:// broker: the roots the system-under-test file trusts
    /// for the VTN under test (besides the machine's) and the client's certificate.
    /// </summary>
    public void ConfigureMqttTls(MqttClientTlsOptionsBuilder tls, string clientId)
    {
        tls.UseTls().WithRevocationMode(System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck);
        if (!_vtnUnderTestTls.TryGetValue(clientId, out var options)) return;
        tls.WithCertificateValidationHandler(e => CertificateTrust.AcceptsServer(e.Certificate, e.SslPolicyErrors, options.TrustedCertificates));
        if (options.ClientCertificate is { } certificate) tls.WithClientCertificates([certificate]);
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
                _harnessVens[clientId] = client = await OpenAdrClient.ConnectAsync(NewVtnHttp(clientId), clientId, secret, ct);
            return client;
        }
        finally { _gate.Release(); }
    }

    /// <summary>The secret the business logic hands a harness VEN's customer out of band (OpenADR 3.1 VEN enrollment).</summary>
    public string HarnessVenSecret(string clientId) => _harnessVenSecrets.TryGetValue(clientId, out var secret)
        ? secret
        : throw new ArgumentException($"'{clientId}' is not one of the harness's VENs ({string.Join(", ", HarnessVenIds)})", nameof(clientId));

    /// <summary>The certificate the harness's https webhook receivers serve (given or generated); null over http.</summary>
    public X509Certificate2? CallbackCertificate => _callbackCertificate;

    /// <summary>
    /// The webhook endpoint of a subscriber the harness plays, started on first use and kept for the run; with
    /// <paramref name="plainHttp"/> one over http, for the scenario that sees a VTN refuse it.
    /// </summary>
    public async Task<WebhookReceiver> WebhookReceiverAsync(string subscriberRole, CancellationToken ct, bool plainHttp = false)
    {
        var callbacks = plainHttp ? _settings.Callbacks with { Scheme = HarnessCallbacks.Http, Certificate = null } : _settings.Callbacks;
        var key = callbacks.IsPlainHttp ? $"{subscriberRole} over http" : subscriberRole;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_webhooks.TryGetValue(key, out var receiver))
                _webhooks[key] = receiver = await WebhookReceiver.StartAsync(evidence, subscriberRole, callbacks,
                    callbacks.IsPlainHttp ? null : _callbackCertificate, ct);
            return receiver;
        }
        finally { _gate.Release(); }
    }

    /// <summary>
    /// The certificate of the harness's own VTN when it serves https (a generated development certificate), starting
    /// it: a VEN under test must trust it before the first scenario. Null over http or with a VTN under test.
    /// </summary>
    public async Task<X509Certificate2?> ReferenceVtnCertificateAsync(CancellationToken ct)
    {
        if (VtnIsUnderTest || !_settings.HarnessVtnUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) return null;
        await BusinessLogicAsync(ct);
        return _vtn!.ServerCertificate;
    }

    /// <summary>Starts the reference VEN, unless the VEN is the system under test (which connects by itself).</summary>
    public async Task StartVenAsync(CancellationToken ct)
    {
        await BusinessLogicAsync(ct);
        if (VenIsUnderTest) return;
        if (VtnIsUnderTest)
            throw new InvalidOperationException("the reference VEN plays against the harness's own VTN only; a scenario with a VTN under test uses " +
                "the harness's VENs");
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
                Busy = clock.Activity.BeginActivity,
            }, _referenceVenHandler = new ActivityHandler(clock.Activity, ReferenceVtnTls.CreateHandler()));
            await _referenceVen.StartAsync(ct);
        }
        finally { _gate.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (_referenceVen is not null) await _referenceVen.DisposeAsync();
        _referenceVenHandler?.Dispose();
        foreach (var receiver in _webhooks.Values) await receiver.DisposeAsync();
        lock (_https) _https.ForEach(http => http.Dispose());
        if (_vtn is not null) await _vtn.DisposeAsync();
        _callbackCertificate?.Dispose();
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

    /// <summary>Over https (harness.vtnUrl) the reference VTN's generated certificate is trusted by itself.</summary>
    private TlsClientOptions ReferenceVtnTls => _vtn?.ServerCertificate is { } certificate
        ? new TlsClientOptions { TrustedCertificates = [certificate] } : new();

    private static Uri WithSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
