using System.Net;
using System.Text;
using System.Text.Json;
using Conformance.Model.Quantities;

namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// Reads the system-under-test file (JSON). Every problem is a <see cref="ConfigurationException"/> naming the
/// file, the line and the field, so a lab never has to read a stack trace to fix its configuration.
/// </summary>
public static class SystemUnderTestFile
{
    private static readonly string[] KnownFields =
        ["name", "vendor", "version", "roleUnderTest", "timeMode", "capabilities", "ven", "vtn", "harness"];

    private static readonly string[] HarnessFields = ["vtnUrl", "vtnCertificateFile", "callbacks"];
    private static readonly string[] CallbackFields = ["listen", "ports", "host", "certificate", "certificateKey", "certificatePasswordVariable"];
    private static readonly string[] VtnFields = ["url", "trustedCertificates", "clients"];
    private static readonly string[] ClientFields = ["clientSecret", "certificate", "certificateKey", "certificatePasswordVariable"];

    public static SystemUnderTestDescription Load(string path)
    {
        if (!System.IO.File.Exists(path))
            throw new ConfigurationException(path, null, null, "file not found");
        var bytes = System.IO.File.ReadAllBytes(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, (int)(e.LineNumber ?? 0) + 1, null, $"not valid JSON ({FirstSentence(e.Message)})");
        }
        using (document)
            return Read(new Fields(path, bytes), document.RootElement);
    }

    private static SystemUnderTestDescription Read(Fields f, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw f.Error("", "the file must hold one JSON object");
        f.OnlyKnown(root, KnownFields, "");

        var role = f.OptionalString(root, "roleUnderTest") switch
        {
            null or "none" => (Role?)null,
            "ven" => Role.Ven,
            "vtn" => Role.Vtn,
            var other => throw f.Error("roleUnderTest", $"'{other}' is not a role this harness can certify yet; use 'ven', 'vtn' or 'none'"),
        };
        var ven = root.TryGetProperty("ven", out var venElement) ? ReadVen(f, venElement) : null;
        if (role == Role.Ven && ven is null) throw f.Error("ven", "required when roleUnderTest is 'ven'");
        var hasVtn = root.TryGetProperty("vtn", out var vtnElement);
        if (role == Role.Vtn && !hasVtn) throw f.Error("vtn", "required when roleUnderTest is 'vtn'");
        if (role != Role.Vtn && hasVtn) throw f.Error("vtn", "describes a VTN under test: only with roleUnderTest 'vtn'");
        var vtn = hasVtn ? ReadVtn(f, vtnElement) : null;

        var harnessVtnUrl = "http://127.0.0.1:0";
        string? harnessVtnCertificateFile = null;
        var callbacks = HarnessCallbacks.Loopback;
        if (root.TryGetProperty("harness", out var harness))
        {
            f.OnlyKnown(harness, HarnessFields, "harness.");
            harnessVtnUrl = f.OptionalString(harness, "vtnUrl", "harness.") ?? harnessVtnUrl;
            if (!Uri.TryCreate(harnessVtnUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw f.Error("harness.vtnUrl", $"'{harnessVtnUrl}' is not an absolute http(s) URL");
            if (f.OptionalString(harness, "vtnCertificateFile", "harness.") is { } certificateFile)
            {
                if (uri.Scheme != "https") throw f.Error("harness.vtnCertificateFile", $"the harness's VTN has a certificate over https only, and harness.vtnUrl is {harnessVtnUrl}");
                harnessVtnCertificateFile = f.Writable("harness.vtnCertificateFile", certificateFile);
            }
            if (harness.TryGetProperty("callbacks", out var callbacksElement)) callbacks = ReadCallbacks(f, callbacksElement);
        }
        if (vtn is not null && harnessVtnCertificateFile is not null)
            throw f.Error("harness.vtnCertificateFile", "with a VTN under test the harness runs no VTN of its own");

        return new SystemUnderTestDescription(
            f.RequiredString(root, "name"),
            f.OptionalString(root, "vendor"),
            f.OptionalString(root, "version"),
            role,
            root.TryGetProperty("timeMode", out var clock) ? ReadClock(f, clock) : ClockSetting.Real,
            ReadCapabilities(f, root),
            ven,
            harnessVtnUrl) { Vtn = vtn, Callbacks = callbacks, HarnessVtnCertificateFile = harnessVtnCertificateFile };
    }

    /// <summary>
    /// The harness's webhook receivers: an IP address to listen on, a port or range, the host the VTN is told
    /// (required when listening on every interface, whose address no peer can call), and a certificate for https.
    /// </summary>
    private static HarnessCallbacks ReadCallbacks(Fields f, JsonElement callbacks)
    {
        const string prefix = "harness.callbacks.";
        f.OnlyKnown(callbacks, CallbackFields, prefix);
        var listen = HarnessCallbacks.Loopback.Listen;
        if (f.OptionalString(callbacks, "listen", prefix) is { } listenText && !IPAddress.TryParse(listenText, out listen))
            throw f.Error(prefix + "listen", $"'{listenText}' is not an IP address (e.g. '0.0.0.0' for every interface, or one interface's address)");
        var (first, last) = callbacks.TryGetProperty("ports", out var ports) ? ReadPorts(f, ports, prefix + "ports") : (0, 0);

        var host = f.OptionalString(callbacks, "host", prefix);
        if (host is not null && host.Contains("://", StringComparison.Ordinal))
            throw f.Error(prefix + "host", $"'{host}' must be a host name or IP address without a scheme; the scheme follows from certificate (https) or its absence (http)");
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
        return new HarnessCallbacks(listen, first, last, host,
            certificate is null ? null : f.Certificate(prefix + "certificate", certificate, key, passwordVariable));
    }

    /// <summary>A port (0: any free one) or a range "8100-8109" (each receiver takes the first free port in it).</summary>
    private static (int First, int Last) ReadPorts(Fields f, JsonElement ports, string field)
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
    private static VtnUnderTest ReadVtn(Fields f, JsonElement vtn)
    {
        f.OnlyKnown(vtn, VtnFields, "vtn.");
        var url = f.RequiredString(vtn, "url", "vtn.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw f.Error("vtn.url", $"'{url}' is not an absolute http(s) URL");
        var trusted = f.OptionalString(vtn, "trustedCertificates", "vtn.") is { } roots ? f.Certificate("vtn.trustedCertificates", roots, null, null) : null;
        if (trusted is not null && uri.Scheme != "https") throw f.Error("vtn.trustedCertificates", $"applies to an https:// url, not {url}");

        if (!vtn.TryGetProperty("clients", out var clients) || clients.ValueKind != JsonValueKind.Object)
            throw f.Error("vtn.clients", $"required: an object giving, for each of {string.Join(", ", VtnUnderTest.HarnessClientIds)}, its clientSecret on the VTN under test");
        foreach (var property in clients.EnumerateObject())
            if (!VtnUnderTest.HarnessClientIds.Contains(property.Name))
                throw f.Error($"vtn.clients.{property.Name}", $"not a client the harness plays; expected {string.Join(", ", VtnUnderTest.HarnessClientIds)}");
        var harnessClients = new Dictionary<string, HarnessClient>();
        foreach (var clientId in VtnUnderTest.HarnessClientIds)
        {
            var prefix = $"vtn.clients.{clientId}.";
            if (!clients.TryGetProperty(clientId, out var client))
                throw f.Error(prefix.TrimEnd('.'), "required: the VTN under test must have this client provisioned for the harness, with a clientSecret");
            f.OnlyKnown(client, ClientFields, prefix);
            var certificate = f.OptionalString(client, "certificate", prefix);
            var key = f.OptionalString(client, "certificateKey", prefix);
            var passwordVariable = f.OptionalString(client, "certificatePasswordVariable", prefix);
            if (certificate is null && (key ?? passwordVariable) is not null)
                throw f.Error(prefix + "certificate", "required with certificateKey or certificatePasswordVariable");
            harnessClients[clientId] = new HarnessClient(clientId, f.RequiredString(client, "clientSecret", prefix),
                certificate is null ? null : f.Certificate(prefix + "certificate", certificate, key, passwordVariable));
        }
        return new VtnUnderTest(uri, trusted, harnessClients);
    }

    private static VenUnderTest ReadVen(Fields f, JsonElement ven)
    {
        var interval = f.RequiredString(ven, "pollingInterval", "ven.");
        if (!Durations.TryParse(interval, out var pollingInterval) || pollingInterval <= TimeSpan.Zero)
            throw f.Error("ven.pollingInterval", $"'{interval}' is not a positive duration (e.g. 'PT10S' or '10 s')");
        return new VenUnderTest(
            f.RequiredString(ven, "venName", "ven."),
            f.RequiredString(ven, "clientId", "ven."),
            f.RequiredString(ven, "clientSecret", "ven."),
            pollingInterval);
    }

    private static ClockSetting ReadClock(Fields f, JsonElement clock)
    {
        var mode = f.RequiredString(clock, "mode", "timeMode.") switch
        {
            "real" => TimeMode.Real,
            "scaled" => TimeMode.Scaled,
            "virtual" => throw f.Error("timeMode.mode", "virtual time needs every role to be the harness's own; a system under test runs on real or scaled time"),
            var other => throw f.Error("timeMode.mode", $"'{other}' is not a time mode; use 'real' or 'scaled'"),
        };
        if (mode == TimeMode.Real) return ClockSetting.Real;
        if (!clock.TryGetProperty("factor", out var factor) || factor.ValueKind != JsonValueKind.Number || factor.GetDouble() <= 1)
            throw f.Error("timeMode.factor", "scaled time needs a number greater than 1 (how many times faster than the wall clock)");
        return new ClockSetting(TimeMode.Scaled, factor.GetDouble());
    }

    private static HashSet<string> ReadCapabilities(Fields f, JsonElement root)
    {
        var capabilities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetProperty("capabilities", out var list)) return capabilities;
        if (list.ValueKind != JsonValueKind.Array) throw f.Error("capabilities", "must be an array of strings");
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw f.Error("capabilities", "must be an array of strings");
            capabilities.Add(item.GetString()!);
        }
        return capabilities;
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');

    /// <summary>Field access with errors that carry the line where the field (or its parent) stands.</summary>
    private sealed class Fields(string path, byte[] json)
    {
        public void OnlyKnown(JsonElement parent, string[] known, string prefix)
        {
            if (parent.ValueKind != JsonValueKind.Object) throw Error(prefix.TrimEnd('.'), prefix.Length == 0 ? "the file must hold one JSON object" : "must be an object");
            foreach (var property in parent.EnumerateObject())
                if (!known.Contains(property.Name))
                    throw Error(prefix + property.Name, $"unknown field; expected one of {string.Join(", ", known)}");
        }

        /// <summary>
        /// A certificate file (and key file) named by <paramref name="field"/>, relative to the system-under-test
        /// file's folder, which must exist; its password comes from the environment variable named, which must be set.
        /// </summary>
        public CertificateFileReference Certificate(string field, string file, string? keyFile, string? passwordVariable)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
            string Existing(string name, string named)
            {
                var resolved = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, named));
                return System.IO.File.Exists(resolved) ? resolved : throw Error(name, $"'{named}' not found (looked for {resolved})");
            }
            var keyField = field[..(field.LastIndexOf('.') + 1)] + "certificateKey";
            var password = passwordVariable is null ? null
                : Environment.GetEnvironmentVariable(passwordVariable) ?? throw Error(field[..(field.LastIndexOf('.') + 1)] + "certificatePasswordVariable",
                    $"the environment variable {passwordVariable} that should hold the certificate's password is not set");
            return new CertificateFileReference(Existing(field, file), keyFile is null ? null : Existing(keyField, keyFile), password, path, LineOf(field), field);
        }

        /// <summary>A file the harness writes, relative to the system-under-test file's folder, which must exist.</summary>
        public string Writable(string field, string named)
        {
            var resolved = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, named));
            return Directory.Exists(System.IO.Path.GetDirectoryName(resolved)) ? resolved
                : throw Error(field, $"the folder of '{named}' does not exist (looked for {System.IO.Path.GetDirectoryName(resolved)})");
        }

        public string RequiredString(JsonElement parent, string name, string prefix = "") =>
            OptionalString(parent, name, prefix) ?? throw Error(prefix + name, "required");

        public string? OptionalString(JsonElement parent, string name, string prefix = "")
        {
            if (parent.ValueKind != JsonValueKind.Object) throw Error(prefix.TrimEnd('.'), "must be an object");
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.String) throw Error(prefix + name, $"must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}");
            var text = value.GetString()!;
            return text.Length == 0 ? throw Error(prefix + name, "must not be empty") : text;
        }

        public ConfigurationException Error(string field, string problem) =>
            new(path, LineOf(field), field.Length == 0 ? null : field, problem);

        /// <summary>The line of a dotted field path, or of its nearest parent present in the file.</summary>
        private int? LineOf(string field)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var stack = new List<string>();
            string? pending = null;
            long bestOffset = -1;
            var bestDepth = -1;
            var parts = field.Split('.', StringSplitOptions.RemoveEmptyEntries);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        var candidate = stack.Append(pending!).ToArray();
                        var depth = candidate.Length;
                        if (depth <= parts.Length && depth > bestDepth && candidate.SequenceEqual(parts.Take(depth)))
                            (bestOffset, bestDepth) = (reader.TokenStartIndex, depth);
                        break;
                    case JsonTokenType.StartObject:
                        if (pending is not null) stack.Add(pending);
                        pending = null;
                        break;
                    case JsonTokenType.EndObject when stack.Count > 0 && reader.CurrentDepth <= stack.Count:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
            return bestOffset < 0 ? null : 1 + json.AsSpan(0, (int)bestOffset).Count((byte)'\n');
        }
    }
}
