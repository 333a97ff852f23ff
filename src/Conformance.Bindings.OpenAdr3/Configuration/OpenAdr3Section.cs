using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;

namespace Conformance.Bindings.OpenAdr3.Configuration;

/// <summary>
/// The OpenADR 3.1 section of the system-under-test file, <c>"openadr3": { "ven": …, "vtn": …, "harness": … }</c>:
/// the VEN under test's credentials, the VTN under test with the harness's clients on it and their certificates, and
/// the harness's own VTN and webhook receivers. Files written before the file had sections give the same three at the
/// top level, and the VEN's <c>pollingInterval</c> inside <c>ven</c>; they are still read (<see cref="LegacySchema"/>).
/// The VEN's polling interval is the core's <c>timing.retrievalInterval</c>.
/// </summary>
public sealed class OpenAdr3Section : IBindingSection
{
    private static readonly string[] SectionFields = ["ven", "vtn", "harness"];
    private static readonly string[] VenFields = ["venName", "clientId", "clientSecret"];
    private static readonly string[] LegacyVenFields = [.. VenFields, "pollingInterval"];
    private static readonly string[] HarnessFields = ["vtnUrl", "vtnCertificateFile", "tokenKeyFile", "callbacks"];
    private static readonly string[] CallbackFields =
        ["listen", "ports", "host", "scheme", "certificate", "certificateKey", "certificatePasswordVariable"];
    private static readonly string[] VtnFields = ["url", "trustedCertificates", "clients"];
    private static readonly string[] ClientFields = ["clientSecret", "certificate", "certificateKey", "certificatePasswordVariable"];

    public JsonObject Schema => JsonNode.Parse($$"""
        {
          "type": "object",
          "description": "OpenADR 3.1: the VEN under test, the VTN under test, the harness's own VTN and webhook receivers.",
          "additionalProperties": false,
          "properties": {
            "ven": {{VenSchema(legacy: false)}},
            "vtn": {{VtnSchema}},
            "harness": {{HarnessSchema}}
          }
        }
        """)!.AsObject();

    public JsonObject LegacySchema => JsonNode.Parse($$"""
        {
          "ven": {{VenSchema(legacy: true)}},
          "vtn": {{VtnSchema}},
          "harness": {{HarnessSchema}}
        }
        """)!.AsObject();

    private const string Text = """{ "type": "string", "minLength": 1 }""";

    private static string VenSchema(bool legacy) => $$"""
        {
          "type": "object",
          "description": "The VEN under test: the credentials it uses against the harness's VTN (required with roleUnderTest ven).",
          "additionalProperties": false,
          "required": ["venName", "clientId", "clientSecret"],
          "properties": {
            "venName": {{Text}},
            "clientId": {{Text}},
            "clientSecret": {{Text}}{{(legacy ? LegacyPollingInterval : "")}}
          }
        }
        """;

    private const string LegacyPollingInterval = """
        ,
            "pollingInterval": { "$ref": "#/definitions/duration" }
        """;

    private const string CertificateFields = """
            "certificate": {
              "type": "string", "minLength": 1,
              "description": "PEM (with its key, or certificateKey) or PKCS#12, relative to the file."
            },
            "certificateKey": { "type": "string", "minLength": 1, "description": "The PEM private key, when not in certificate's file." },
            "certificatePasswordVariable": {
              "type": "string", "minLength": 1,
              "description": "The environment variable holding the password of an encrypted key or a PKCS#12 file."
            }
        """;

    private static string VtnSchema => $$"""
        {
          "type": "object",
          "description": "The VTN under test (only with roleUnderTest vtn): its URL, the roots its certificate chains to, and the harness's clients provisioned on it.",
          "additionalProperties": false,
          "required": ["url", "clients"],
          "properties": {
            "url": { "type": "string", "pattern": "^https?://", "description": "An absolute http(s) URL" },
            "trustedCertificates": {
              "type": "string", "minLength": 1,
              "description": "PEM or DER roots the VTN's certificate chains to, replacing the machine's; https only."
            },
            "clients": {
              "type": "object",
              "description": "an object giving, for each of {{string.Join(", ", HarnessClients.All)}}, its clientSecret on the VTN under test",
              "additionalProperties": false,
              "required": [{{string.Join(", ", HarnessClients.All.Select(id => $"\"{id}\""))}}],
              "properties": {
                {{string.Join(",\n", HarnessClients.All.Select(id => $$"""
                "{{id}}": {
                  "type": "object",
                  "description": "the VTN under test must have this client provisioned for the harness, with a clientSecret",
                  "additionalProperties": false,
                  "required": ["clientSecret"],
                  "properties": {
                    "clientSecret": {{Text}},
                    {{CertificateFields}}
                  }
                }
        """))}}
              }
            }
          }
        }
        """;

    private static string HarnessSchema => $$"""
        {
          "type": "object",
          "description": "The harness's own endpoints.",
          "additionalProperties": false,
          "properties": {
            "vtnUrl": { "type": "string", "pattern": "^https?://", "default": "http://127.0.0.1:0", "description": "An absolute http(s) URL" },
            "vtnCertificateFile": {
              "type": "string", "minLength": 1,
              "description": "With an https vtnUrl: also write the harness's VTN certificate here (relative to the file)."
            },
            "tokenKeyFile": {
              "type": "string", "minLength": 1,
              "description": "The key the harness's VTN signs tokens with, kept across runs (created if absent): a VEN kept running keeps its token."
            },
            "callbacks": {
              "type": "object",
              "description": "The webhook receivers, one per subscriber role the harness plays.",
              "additionalProperties": false,
              "properties": {
                "listen": {
                  "type": "string", "minLength": 1, "default": "127.0.0.1",
                  "description": "An IP address: 0.0.0.0 or :: for every interface."
                },
                "ports": {
                  "type": ["integer", "string"],
                  "description": "A port (0: any free one) or a range such as \"8100-8109\" (each receiver takes the first free port)."
                },
                "host": {
                  "type": "string", "minLength": 1,
                  "description": "What callbackUrl names, without a scheme (default the listen address; required with 0.0.0.0 or ::)."
                },
                "scheme": {
                  "enum": ["https", "http"], "default": "https",
                  "description": "https (with certificate, or one made for the run); http only for a VTN that allows it."
                },
                {{CertificateFields}}
              }
            }
          }
        }
        """;

    public object Read(BindingSectionInput input)
    {
        var (core, section, p, isLegacy, f) = input;
        if (section is { } element && !isLegacy) f.OnlyKnown(element, SectionFields, p);
        JsonElement? Field(string name) => section is { } e && e.TryGetProperty(name, out var value) ? value : null;

        var role = core.RoleUnderTest;
        var ven = Field("ven") is { } venElement ? ReadVen(f, core, venElement, p, isLegacy) : null;
        if (role == Role.Ven && ven is null) throw f.Error(p + "ven", "required when roleUnderTest is 'ven'");
        var vtnElement = Field("vtn");
        if (role == Role.Vtn && vtnElement is null) throw f.Error(p + "vtn", "required when roleUnderTest is 'vtn'");
        if (role != Role.Vtn && vtnElement is not null) throw f.Error(p + "vtn", "describes a VTN under test: only with roleUnderTest 'vtn'");
        var vtn = vtnElement is { } v ? ReadVtn(f, v, p + "vtn.") : null;

        var harnessVtnUrl = OpenAdr3Settings.Default.HarnessVtnUrl;
        string? harnessVtnCertificateFile = null;
        string? tokenKeyFile = null;
        var callbacks = HarnessCallbacks.Loopback;
        var h = p + "harness.";
        if (Field("harness") is { } harness)
        {
            f.OnlyKnown(harness, HarnessFields, h);
            harnessVtnUrl = f.OptionalString(harness, "vtnUrl", h) ?? harnessVtnUrl;
            if (!Uri.TryCreate(harnessVtnUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw f.Error(h + "vtnUrl", $"'{harnessVtnUrl}' is not an absolute http(s) URL");
            if (f.OptionalString(harness, "vtnCertificateFile", h) is { } certificateFile)
            {
                if (uri.Scheme != "https") throw f.Error(h + "vtnCertificateFile",
                    $"the harness's VTN has a certificate over https only, and {h}vtnUrl is {harnessVtnUrl}");
                harnessVtnCertificateFile = f.Writable(h + "vtnCertificateFile", certificateFile);
            }
            if (f.OptionalString(harness, "tokenKeyFile", h) is { } keyFile) tokenKeyFile = f.Writable(h + "tokenKeyFile", keyFile);
            if (harness.TryGetProperty("callbacks", out var callbacksElement)) callbacks = ReadCallbacks(f, callbacksElement, h + "callbacks.");
        }
        if (vtn is not null && harnessVtnCertificateFile is not null)
            throw f.Error(h + "vtnCertificateFile", "with a VTN under test the harness runs no VTN of its own");
        if (vtn is not null && tokenKeyFile is not null)
            throw f.Error(h + "tokenKeyFile", "with a VTN under test the harness runs no VTN of its own");
        return new OpenAdr3Settings(ven, vtn, harnessVtnUrl, callbacks, harnessVtnCertificateFile) { TokenKeyFile = tokenKeyFile };
    }

    /// <summary>
    /// The VEN under test's credentials, and its polling interval: the core's timing.retrievalInterval, or, in an older
    /// file, ven.pollingInterval (one of the two, not both).
    /// </summary>
    private static VenUnderTest ReadVen(ConfigurationReader f, SystemUnderTestDescription core, JsonElement ven, string p, bool isLegacy)
    {
        var prefix = p + "ven.";
        f.OnlyKnown(ven, isLegacy ? LegacyVenFields : VenFields, prefix);
        var declared = core.Declared(TimingNames.RetrievalInterval);
        var polling = isLegacy ? f.OptionalDuration(ven, "pollingInterval", prefix) : null;
        if (polling is not null && declared is not null)
            throw f.Error(prefix + "pollingInterval",
                $"the VEN's polling interval is given twice, here and as timing.{TimingNames.RetrievalInterval}: keep the latter");
        var interval = polling ?? declared ?? throw (isLegacy
            ? f.Error(prefix + "pollingInterval", "required")
            : f.Error($"timing.{TimingNames.RetrievalInterval}", "required with a VEN: its polling interval, e.g. 'PT10S'"));
        return new VenUnderTest(
            f.RequiredString(ven, "venName", prefix),
            f.RequiredString(ven, "clientId", prefix),
            f.RequiredString(ven, "clientSecret", prefix),
            interval);
    }

    /// <summary>
    /// The harness's webhook receivers: an IP address to listen on, a port or range, the host the VTN is told
    /// (required when listening on every interface, whose address no peer can call), and a certificate for https.
    /// </summary>
    private static HarnessCallbacks ReadCallbacks(ConfigurationReader f, JsonElement callbacks, string prefix)
    {
        f.OnlyKnown(callbacks, CallbackFields, prefix);
        var listen = HarnessCallbacks.Loopback.Listen;
        if (f.OptionalString(callbacks, "listen", prefix) is { } listenText && !IPAddress.TryParse(listenText, out listen))
            throw f.Error(prefix + "listen", $"'{listenText}' is not an IP address (e.g. '0.0.0.0' for every interface, or one interface's address)");
        var (first, last) = callbacks.TryGetProperty("ports", out var ports) ? ReadPorts(f, ports, prefix + "ports") : (0, 0);

        var host = f.OptionalString(callbacks, "host", prefix);
        if (host is not null && host.Contains("://", StringComparison.Ordinal))
            throw f.Error(prefix + "host",
                $"'{host}' must be a host name or IP address without a scheme; the scheme is callbacks.scheme (https by default)");
        if (host is not null && Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
            throw f.Error(prefix + "host", $"'{host}' is not a host name or IP address");
        var wildcard = listen!.Equals(IPAddress.Any) || listen.Equals(IPAddress.IPv6Any);
        if (host is null && wildcard)
            throw f.Error(prefix + "host", $"required when listen is {listen} (every interface): the name or address the VTN calls the harness at");
        host ??= listen.ToString();

        var certificate = f.OptionalString(callbacks, "certificate", prefix);
        var key = f.OptionalString(callbacks, "certificateKey", prefix);
        var passwordVariable = f.OptionalString(callbacks, "certificatePasswordVariable", prefix);
        if (certificate is null && (key ?? passwordVariable) is not null)
            throw f.Error(prefix + "certificate", "required with certificateKey or certificatePasswordVariable");
        var scheme = f.OptionalString(callbacks, "scheme", prefix) ?? HarnessCallbacks.Https;
        if (scheme is not (HarnessCallbacks.Https or HarnessCallbacks.Http))
            throw f.Error(prefix + "scheme", $"'{scheme}' is neither 'https' nor 'http'");
        if (scheme == HarnessCallbacks.Http && certificate is not null)
            throw f.Error(prefix + "certificate", "an http receiver serves no certificate: remove it, or the scheme 'http'");
        return new HarnessCallbacks(listen, first, last, host,
            certificate is null ? null : f.Certificate(prefix + "certificate", certificate, key, passwordVariable), scheme);
    }

    /// <summary>A port (0: any free one) or a range "8100-8109" (each receiver takes the first free port in it).</summary>
    private static (int First, int Last) ReadPorts(ConfigurationReader f, JsonElement ports, string field)
    {
        const string expected = "a port number (0: any free port) or a range such as \"8100-8109\"";
        if (ports.ValueKind == JsonValueKind.Number)
            return ports.TryGetInt32(out var port) && port is >= 0 and <= 65535 ? (port, port)
                : throw f.Error(field, $"{ports.GetRawText()} is out of range; expected {expected} with ports from 1 to 65535");
        if (ports.ValueKind != JsonValueKind.String) throw f.Error(field, $"must be {expected}");
        var text = ports.GetString()!;
        var bounds = text.Split('-', StringSplitOptions.TrimEntries);
        if (bounds.Length is not (1 or 2) || !int.TryParse(bounds[0], out var first) || !int.TryParse(bounds[^1], out var last))
            throw f.Error(field, $"'{text}' is not {expected}");
        if (first is < 1 or > 65535 || last is < 1 or > 65535 || first > last)
            throw f.Error(field, $"'{text}' is out of range; expected ports from 1 to 65535, the lower first");
        return (first, last);
    }

    /// <summary>The VTN under test: its URL, the roots to trust for it and the harness's clients on it.</summary>
    private static VtnUnderTest ReadVtn(ConfigurationReader f, JsonElement vtn, string prefix)
    {
        f.OnlyKnown(vtn, VtnFields, prefix);
        var url = f.RequiredString(vtn, "url", prefix);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw f.Error(prefix + "url", $"'{url}' is not an absolute http(s) URL");
        var trusted = f.OptionalString(vtn, "trustedCertificates", prefix) is { } roots
            ? f.Certificate(prefix + "trustedCertificates", roots, null, null) : null;
        if (trusted is not null && uri.Scheme != "https") throw f.Error(prefix + "trustedCertificates", $"applies to an https:// url, not {url}");

        if (!vtn.TryGetProperty("clients", out var clients) || clients.ValueKind != JsonValueKind.Object)
            throw f.Error(prefix + "clients",
                $"required: an object giving, for each of {string.Join(", ", HarnessClients.All)}, its clientSecret on the VTN under test");
        foreach (var property in clients.EnumerateObject())
            if (!HarnessClients.All.Contains(property.Name))
                throw f.Error($"{prefix}clients.{property.Name}",
                    $"not a client the harness plays; expected {string.Join(", ", HarnessClients.All)}");
        var harnessClients = new Dictionary<string, HarnessClient>();
        foreach (var clientId in HarnessClients.All)
        {
            var clientPrefix = $"{prefix}clients.{clientId}.";
            if (!clients.TryGetProperty(clientId, out var client))
                throw f.Error(clientPrefix.TrimEnd('.'),
                    "required: the VTN under test must have this client provisioned for the harness, with a clientSecret");
            f.OnlyKnown(client, ClientFields, clientPrefix);
            var certificate = f.OptionalString(client, "certificate", clientPrefix);
            var key = f.OptionalString(client, "certificateKey", clientPrefix);
            var passwordVariable = f.OptionalString(client, "certificatePasswordVariable", clientPrefix);
            if (certificate is null && (key ?? passwordVariable) is not null)
                throw f.Error(clientPrefix + "certificate", "required with certificateKey or certificatePasswordVariable");
            harnessClients[clientId] = new HarnessClient(clientId, f.RequiredString(client, "clientSecret", clientPrefix),
                certificate is null ? null : f.Certificate(clientPrefix + "certificate", certificate, key, passwordVariable));
        }
        return new VtnUnderTest(uri, trusted, harnessClients);
    }
}
