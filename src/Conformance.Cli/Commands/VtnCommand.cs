using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Conformance.Tls;
using Spectre.Console;

namespace Conformance.Cli.Commands;

/// <summary>What <c>vtn</c> serves: <see cref="VtnCommand"/>'s options.</summary>
/// <param name="Url">Where to listen; https:// serves HTTPS.</param>
/// <param name="ClientsFile">The clients file (<see cref="VtnClientsFile"/>).</param>
public sealed record VtnRequest(string Url, string ClientsFile)
{
    /// <summary>The SQLite file that keeps every object, or <see cref="VtnCommand.MemoryDatabase"/> to keep them in memory.</summary>
    public string Database { get; init; } = VtnCommand.DefaultDatabase;

    /// <summary>The server certificate file (PEM or PKCS#12); null over https: a generated development certificate.</summary>
    public string? Certificate { get; init; }

    /// <summary>The PEM private key of <see cref="Certificate"/> when it is not in the certificate's file.</summary>
    public string? CertificateKey { get; init; }

    /// <summary>Password of the PKCS#12 file or of the encrypted PEM key.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>Mutual TLS; without <see cref="ClientCa"/> a development CA issues one certificate per client.</summary>
    public bool RequireClientCertificates { get; init; }

    /// <summary>PEM file of the CA certificates client certificates must chain to; implies mutual TLS.</summary>
    public string? ClientCa { get; init; }

    /// <summary>MQTT notifications on the in-process broker at this port (0: a free one); null: none unless <see cref="MqttBroker"/>.</summary>
    public int? MqttPort { get; init; }

    /// <summary>MQTT notifications on an external broker, mqtt://host:port or mqtts://host:port.</summary>
    public string? MqttBroker { get; init; }

    /// <summary>The user the VTN publishes as on <see cref="MqttBroker"/>; null: anonymous.</summary>
    public string? MqttUsername { get; init; }

    public string? MqttPassword { get; init; }

    /// <summary>PEM file of roots trusted for an mqtts:// <see cref="MqttBroker"/>'s certificate besides the machine's.</summary>
    public string? MqttCa { get; init; }

    /// <summary>PEM file of roots trusted for https:// webhook callbacks besides the machine's.</summary>
    public string? CallbackCa { get; init; }

    /// <summary>Development only: accept http:// callback URLs (<see cref="VtnOptions.AllowHttpCallbacks"/>).</summary>
    public bool AllowHttpCallbacks { get; init; }

    public bool InMemory => Database == VtnCommand.MemoryDatabase;
}

/// <summary>
/// <c>vtn [--urls URL] --clients FILE [--db FILE|:memory:] [--certificate FILE ...] [--require-client-certificates]
/// [--client-ca FILE] [--mqtt-port N | --mqtt-broker URL ...] [--callback-ca FILE] [--allow-http-callbacks]</c>: the reference VTN on its own, for a
/// VEN under development or an interop event. Serves until stopped (Ctrl+C); its objects survive a restart in its
/// SQLite file (docs/openadr3-vtn.md, decisions 36, 41 to 52, and Notifications 13).
/// </summary>
public static class VtnCommand
{
    public const string DefaultDatabase = "vtn.db";
    public const string MemoryDatabase = ":memory:";

    /// <summary>Read when --certificate-password is not given, so the password stays out of process listings.</summary>
    public const string PasswordVariable = "VTN_CERTIFICATE_PASSWORD";

    /// <summary>Read when --mqtt-password is not given.</summary>
    public const string MqttPasswordVariable = "VTN_MQTT_PASSWORD";

    public const string ServerCertificateFile = "vtn-certificate.pem";
    public const string ClientCaFile = "vtn-client-ca.pem";
    public const string ClientCertificatesFolder = "vtn-clients";

    public static Command Create(IAnsiConsole console)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; https://... serves HTTPS",
            DefaultValueFactory = _ => "http://127.0.0.1:8080",
        };
        var clients = new Option<string>("--clients")
        {
            Description = "JSON file of the clients allowed in: " +
                "{ \"clients\": [ { \"clientId\", \"clientSecret\", \"role\": \"businessLogic\" | \"ven\" } ] }",
            Required = true,
        };
        var database = new Option<string>("--db")
        {
            Description = $"SQLite file that keeps every object across restarts, or {MemoryDatabase} to keep them in memory",
            DefaultValueFactory = _ => DefaultDatabase,
        };
        var certificate = new Option<string?>("--certificate")
        {
            Description = "Server certificate, PEM (certificate and key) or PKCS#12 (.pfx/.p12); " +
                "default over https: a generated development certificate",
        };
        var certificateKey = new Option<string?>("--certificate-key") { Description = "PEM private key of --certificate when it is in its own file" };
        var certificatePassword = new Option<string?>("--certificate-password")
        {
            Description = $"Password of the PKCS#12 file or encrypted PEM key (default: ${PasswordVariable})",
        };
        var requireClientCertificates = new Option<bool>("--require-client-certificates")
        {
            Description = "Mutual TLS: refuse connections without a client certificate whose subject CN is the client's clientId; " +
                "without --client-ca a development CA issues one per client",
        };
        var clientCa = new Option<string?>("--client-ca")
        {
            Description = "PEM file of the CA certificates client certificates must chain to (implies --require-client-certificates)",
        };
        var mqttPort = new Option<int?>("--mqtt-port")
        {
            Description = "MQTT notifications on the VTN's own broker at this port (0: a free one), mqtts beside https; " +
                "clients authenticate with their bearer token",
        };
        var mqttBroker = new Option<string?>("--mqtt-broker")
        {
            Description = "MQTT notifications on an external broker, mqtt://host:port or mqtts://host:port",
        };
        var mqttUsername = new Option<string?>("--mqtt-username") { Description = "User the VTN publishes as on --mqtt-broker (default: anonymous)" };
        var mqttPassword = new Option<string?>("--mqtt-password") { Description = $"Its password (default: ${MqttPasswordVariable})" };
        var mqttCa = new Option<string?>("--mqtt-ca")
        {
            Description = "PEM file of roots trusted for an mqtts --mqtt-broker's certificate, besides the machine's",
        };
        var callbackCa = new Option<string?>("--callback-ca")
        {
            Description = "PEM file of roots trusted for https webhook callbacks, besides the machine's",
        };
        var allowHttpCallbacks = new Option<bool>("--allow-http-callbacks")
        {
            Description = "Development only: accept http:// webhook callback URLs, which Definition.md has a VTN refuse",
        };
        var command = new Command("vtn", "Serve the reference OpenADR 3.1 VTN until stopped")
        {
            urls, clients, database, certificate, certificateKey, certificatePassword, requireClientCertificates, clientCa,
            mqttPort, mqttBroker, mqttUsername, mqttPassword, mqttCa, callbackCa, allowHttpCallbacks,
        };
        command.SetAction((parse, ct) => ServeAsync(console, new VtnRequest(parse.GetValue(urls)!, parse.GetValue(clients)!)
        {
            Database = parse.GetValue(database)!,
            Certificate = parse.GetValue(certificate),
            CertificateKey = parse.GetValue(certificateKey),
            CertificatePassword = parse.GetValue(certificatePassword) ?? Environment.GetEnvironmentVariable(PasswordVariable),
            RequireClientCertificates = parse.GetValue(requireClientCertificates),
            ClientCa = parse.GetValue(clientCa),
            MqttPort = parse.GetValue(mqttPort),
            MqttBroker = parse.GetValue(mqttBroker),
            MqttUsername = parse.GetValue(mqttUsername),
            MqttPassword = parse.GetValue(mqttPassword) ?? Environment.GetEnvironmentVariable(MqttPasswordVariable),
            MqttCa = parse.GetValue(mqttCa),
            CallbackCa = parse.GetValue(callbackCa),
            AllowHttpCallbacks = parse.GetValue(allowHttpCallbacks),
        }, ct));
        return command;
    }

    public static async Task<int> ServeAsync(IAnsiConsole console, VtnRequest request, CancellationToken ct)
    {
        var https = request.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var mutualTls = request.RequireClientCertificates || request.ClientCa is not null;
        if (!https && (request.Certificate is not null || mutualTls))
            return Refuse(console, $"--certificate, --require-client-certificates and --client-ca need an https:// --urls, not {request.Url}.");

        if (MqttProblem(request) is { } problem) return Refuse(console, problem);

        IReadOnlyList<VtnClientCredential> clients;
        Tls? tls;
        VtnOptions options;
        try
        {
            clients = VtnClientsFile.Load(request.ClientsFile);
            tls = https ? Tls.Prepare(request, clients) : null;
            options = new VtnOptions
            {
                Url = request.Url,
                Clients = clients,
                Database = request.InMemory ? null : request.Database,
                Tls = tls?.Options,
                Mqtt = Mqtt(request),
                AllowHttpCallbacks = request.AllowHttpCallbacks,
                Notifications = new NotificationOptions
                {
                    CallbackTrustedCertificates = request.CallbackCa is null ? [] : CertificateFiles.LoadAll(request.CallbackCa),
                },
            };
        }
        catch (Exception e) when (e is VtnClientsFileException or CertificateFileException)
        {
            return Refuse(console, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(console, $"cannot write the client certificates: {e.Message}");
        }

        using (tls)
        {
            VtnServer server;
            try { server = await VtnServer.StartAsync(options, ct); }
            catch (IOException e)
            {
                return Refuse(console, $"cannot listen on {request.Url}: {e.Message}");
            }
            catch (System.Net.Sockets.SocketException e)
            {
                return Refuse(console, $"cannot start the MQTT broker on port {request.MqttPort}: {e.Message}");
            }
            await using (server)
            {
                var store = request.InMemory ? "objects in memory, gone when it stops" : $"objects in {Path.GetFullPath(request.Database)}";
                console.MarkupLineInterpolated($"OpenADR 3.1 VTN listening on {server.BaseAddress} ({clients.Count} clients, {store}).");
                console.MarkupLineInterpolated($"OpenAPI document: {server.OpenApiDocumentUrl}");
                AnnounceMqtt(console, request, server.MqttBinding, mutualTls);
                if (request.AllowHttpCallbacks)
                    console.MarkupLine("[yellow]Development switch:[/] http:// webhook callback URLs are accepted (--allow-http-callbacks); " +
                        "Definition.md (Webhooks) has a VTN refuse them. Every callback URL is still sent the echo challenge.");
                try { tls?.Announce(console, server.ServerCertificate!); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Refuse(console, $"cannot write the server certificate: {e.Message}");
                }
                console.MarkupLine("Press Ctrl+C to stop.");
                try { await Task.Delay(Timeout.Infinite, ct); }
                catch (OperationCanceledException) { }
                console.MarkupLine("Stopping.");
            }
        }
        return ExitCodes.Pass;
    }

    /// <summary>A contradiction among the MQTT options, or null.</summary>
    private static string? MqttProblem(VtnRequest request)
    {
        if (request.MqttPort is not null && request.MqttBroker is not null)
            return "--mqtt-port (the VTN's own broker) and --mqtt-broker (an external one) exclude each other.";
        if (request.MqttPort is < 0 or > 65535) return $"--mqtt-port {request.MqttPort} is not a port (0 to 65535; 0: a free one).";
        if (request.MqttBroker is null && (request.MqttUsername ?? request.MqttCa) is not null)
            return "--mqtt-username and --mqtt-ca apply to an external broker: give --mqtt-broker.";
        if (request.MqttBroker is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "mqtt" or "mqtts" && uri.Port > 0))
            return $"--mqtt-broker '{url}' must be mqtt://host:port or mqtts://host:port.";
        if (request.MqttCa is not null && !request.MqttBroker!.StartsWith("mqtts://", StringComparison.Ordinal))
            return "--mqtt-ca applies to an mqtts:// --mqtt-broker.";
        return null;
    }

    private static MqttBrokerOptions? Mqtt(VtnRequest request) => (request.MqttPort, request.MqttBroker) switch
    {
        ({ } port, _) => MqttBrokerOptions.InProcess(port),
        (_, { } url) => MqttBrokerOptions.External(url, request.MqttUsername, request.MqttPassword) with
        {
            TrustedCertificates = request.MqttCa is null ? [] : CertificateFiles.LoadAll(request.MqttCa),
        },
        _ => null,
    };

    /// <summary>Where clients find MQTT notifications and how they authenticate there, as GET /notifiers says.</summary>
    private static void AnnounceMqtt(IAnsiConsole console, VtnRequest request, MqttNotifierBinding? binding, bool mutualTls)
    {
        if (binding is null)
        {
            console.MarkupLine("MQTT notifications: off (--mqtt-port or --mqtt-broker turns them on); webhooks only.");
            return;
        }
        var authentication = binding.Authentication!;
        var method = authentication.Username is { } username ? $"{authentication.Method}, user name {username}" : authentication.Method;
        var broker = string.Join(", ", binding.Uris!);
        if (request.MqttBroker is null)
        {
            var how = authentication.Method == MqttNotifierAuthentication.OAuth2BearerTokenMethod
                ? "a client's password is its bearer token from /auth/token; it reads only the topics GET /notifiers/mqtt/topics gives it"
                : "anyone may read every topic";
            var transport = binding.Uris!.Single().StartsWith("mqtts://", StringComparison.Ordinal)
                ? $" over TLS with the server certificate{(mutualTls ? ", client certificates required as for HTTPS" : "")}" : "";
            console.MarkupLineInterpolated($"MQTT broker: {broker}{transport} (authentication {method}: {how}).");
        }
        else
        {
            var user = request.MqttUsername is null ? "anonymously" : $"as user {request.MqttUsername}";
            var how = "the broker's operator sets up its users and ACLs";
            console.MarkupLineInterpolated(
                $"MQTT broker: {broker}, external; the VTN publishes {user}; announced authentication {method} ({how}).");
        }
    }

    private static int Refuse(IAnsiConsole console, string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitCodes.BadArguments;
    }

    /// <summary>A clientId may hold any character; escaped, it is a file name on every system.</summary>
    public static string ClientCertificateFileName(string clientId) => Uri.EscapeDataString(clientId) + ".pem";

    /// <summary>
    /// The HTTPS side of a standalone VTN: certificates loaded from the request's files or generated, and the files
    /// written for clients to use, in the database file's folder (the working directory for the default vtn.db and
    /// for :memory:).
    /// </summary>
    private sealed class Tls(
        VtnRequest request, string folder, X509Certificate2? certificate, IReadOnlyList<X509Certificate2> authorities, bool generatedAuthority)
        : IDisposable
    {
        public VtnTls Options => new() { Certificate = certificate, ClientCertificateAuthorities = authorities };

        public static Tls Prepare(VtnRequest request, IReadOnlyList<VtnClientCredential> clients)
        {
            var folder = request.InMemory ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(request.Database))!;
            var certificate = request.Certificate is null
                ? null
                : CertificateFiles.LoadWithKey(request.Certificate, request.CertificateKey, request.CertificatePassword);
            if (request.ClientCa is not null)
                return new Tls(request, folder, certificate, CertificateFiles.LoadAll(request.ClientCa), generatedAuthority: false);
            if (!request.RequireClientCertificates) return new Tls(request, folder, certificate, [], generatedAuthority: false);

            using var authority = DevelopmentCertificates.CreateAuthority("OpenADR 3.1 reference VTN client CA (development)");
            CertificateFiles.WritePem(authority, Path.Combine(folder, ClientCaFile));
            var issued = Path.Combine(folder, ClientCertificatesFolder);
            Directory.CreateDirectory(issued);
            foreach (var client in clients)
            {
                using var clientCertificate = DevelopmentCertificates.IssueClientCertificate(authority, client.ClientId);
                CertificateFiles.WritePemWithKey(clientCertificate, Path.Combine(issued, ClientCertificateFileName(client.ClientId)));
            }
            // The VTN needs only the public part; the CA's key is gone when this returns.
            return new Tls(request, folder, certificate, [X509CertificateLoader.LoadCertificate(authority.RawData)], generatedAuthority: true);
        }

        /// <summary>Writes a generated server certificate for clients to trust, and says what TLS the VTN uses.</summary>
        public void Announce(IAnsiConsole console, X509Certificate2 served)
        {
            var fingerprint = $"SHA-256 {CertificateFiles.Fingerprint(served)}";
            var until = served.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'");
            if (request.Certificate is null)
            {
                var file = Path.Combine(folder, ServerCertificateFile);
                CertificateFiles.WritePem(served, file);
                console.MarkupLineInterpolated(
                    $"Server certificate: generated for development, valid until {until}; clients trust {file} ({fingerprint}).");
            }
            else
            {
                console.MarkupLineInterpolated($"Server certificate: {request.Certificate} ({fingerprint}), valid until {until}.");
            }

            if (generatedAuthority)
            {
                var ca = Path.Combine(folder, ClientCaFile);
                var clientFile = $"{Path.Combine(folder, ClientCertificatesFolder)}{Path.DirectorySeparatorChar}<clientId>.pem";
                console.MarkupLineInterpolated(
                    $"Client certificates required: a development CA ({ca}) issued one per client, certificate and key, in {clientFile}.");
            }
            else if (authorities.Count > 0)
            {
                console.MarkupLineInterpolated($"Client certificates required, issued by {request.ClientCa}.");
            }
            if (authorities.Count > 0)
                console.MarkupLine("A client certificate's subject CN must be the clientId of the token sent over it.");
        }

        public void Dispose()
        {
            certificate?.Dispose();
            foreach (var authority in authorities) authority.Dispose();
        }
    }
}
