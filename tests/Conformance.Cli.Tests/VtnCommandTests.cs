using System.Net;
using System.Security.Cryptography.X509Certificates;
using Conformance.Cli.Commands;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Conformance.Tls;
using MQTTnet;
using MQTTnet.Server;
using Spectre.Console.Testing;

namespace Conformance.Cli.Tests;

public class VtnCommandTests
{
    private const string BlClients = """{ "clients": [ { "clientId": "bl", "clientSecret": "bl-secret", "role": "businessLogic" } ] }""";

    [Test]
    public async Task The_vtn_serves_the_clients_of_its_file_until_stopped_and_keeps_its_objects_in_its_database()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        var database = Path.Combine(Path.GetDirectoryName(clients)!, "vtn.db");

        await ServeOnceAsync(clients, database,
            async client => await client.CreateProgramAsync(new Conformance.OpenAdr3.Wire.Program { ProgramName = "kept" }));
        await ServeOnceAsync(clients, database, async client =>
            (await client.GetProgramsAsync(CancellationToken.None)).Select(p => p.ProgramName).Should().Equal("kept"));
    }

    private static async Task ServeOnceAsync(string clients, string database, Func<OpenAdrClient, Task> use)
    {
        await using var vtn = await RunningVtn.StartAsync(new VtnRequest($"http://127.0.0.1:{Harness.FreePort()}", clients) { Database = database });
        using var http = new HttpClient { BaseAddress = vtn.BaseAddress };
        await use(await OpenAdrClient.ConnectAsync(http, "bl", "bl-secret", CancellationToken.None));
        vtn.Output.Should().Contain($"listening on {vtn.BaseAddress}").And.Contain($"objects in {database}");
    }

    [Test]
    public void The_database_is_vtn_db_unless_told_otherwise()
    {
        var parsed = VtnCommand.Create(new TestConsole()).Parse(["--clients", "clients.json"]);

        parsed.GetValue<string>("--db").Should().Be("vtn.db");
        new VtnRequest("http://127.0.0.1:8080", "clients.json").Database.Should().Be("vtn.db");
    }

    [Test]
    public async Task With_db_memory_the_objects_are_kept_in_memory_and_no_file_is_written()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);

        await using (var vtn = await RunningVtn.StartAsync(
            new VtnRequest($"http://127.0.0.1:{Harness.FreePort()}", clients) { Database = VtnCommand.MemoryDatabase },
            workingDirectory: Path.GetDirectoryName(clients)))
            vtn.Output.Should().Contain("objects in memory");

        Directory.GetFiles(Path.GetDirectoryName(clients)!).Should().Equal(clients);
    }

    [Test]
    public async Task An_http_callback_is_refused_unless_allow_http_callbacks_which_the_vtn_announces_as_a_development_switch()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        var subscription = new Subscription
        {
            ClientName = "bl",
            ObjectOperations = [new ObjectOperation { Objects = ["PROGRAM"], Operations = ["CREATE"], CallbackUrl = "http://127.0.0.1:9/cb" }],
        };

        await using var strict = await RunningVtn.StartAsync(
            new VtnRequest($"http://127.0.0.1:{Harness.FreePort()}", clients) { Database = VtnCommand.MemoryDatabase });
        await using var lenient = await RunningVtn.StartAsync(
            new VtnRequest($"http://127.0.0.1:{Harness.FreePort()}", clients) { Database = VtnCommand.MemoryDatabase, AllowHttpCallbacks = true });
        using var strictHttp = new HttpClient { BaseAddress = strict.BaseAddress };
        using var lenientHttp = new HttpClient { BaseAddress = lenient.BaseAddress };
        var strictBl = await OpenAdrClient.ConnectAsync(strictHttp, "bl", "bl-secret", CancellationToken.None);
        var lenientBl = await OpenAdrClient.ConnectAsync(lenientHttp, "bl", "bl-secret", CancellationToken.None);
        var refused = await FluentActions.Awaiting(() => strictBl.CreateSubscriptionAsync(subscription)).Should().ThrowAsync<ProblemException>();
        var challenged = await FluentActions.Awaiting(() => lenientBl.CreateSubscriptionAsync(subscription)).Should().ThrowAsync<ProblemException>();

        strict.Output.Should().NotContain("Development switch");
        refused.Which.Problem!.Detail.Should().Contain("is not https");
        lenient.Output.Should().Contain("Development switch").And.Contain("--allow-http-callbacks");
        challenged.Which.Problem!.Detail.Should().Contain("echo challenge", "the switch lets http through, never the challenge");
    }

    [Test]
    public async Task Over_https_the_vtn_prints_its_urls_and_its_generated_certificate_file_and_serves_its_openapi_document()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        var folder = Path.GetDirectoryName(clients)!;

        await using var vtn = await RunningVtn.StartAsync(
            new VtnRequest($"https://127.0.0.1:{Harness.FreePort()}", clients) { Database = Path.Combine(folder, "vtn.db") });

        var certificateFile = Path.Combine(folder, VtnCommand.ServerCertificateFile);
        var trusted = X509CertificateLoader.LoadCertificateFromFile(certificateFile);
        vtn.Output.Should().Contain($"listening on {vtn.BaseAddress}").And.Contain($"OpenAPI document: {vtn.BaseAddress}openapi/vtn.json")
            .And.Contain(certificateFile).And.Contain($"SHA-256 {CertificateFiles.Fingerprint(trusted)}");
        trusted.HasPrivateKey.Should().BeFalse();
        using var http = new HttpClient(new TlsClientOptions { TrustedCertificates = [trusted] }.CreateHandler()) { BaseAddress = vtn.BaseAddress };
        using var document = await http.GetAsync("openapi/vtn.json");
        document.StatusCode.Should().Be(HttpStatusCode.OK);
        (await document.Content.ReadAsStringAsync()).Should().Contain("\"/programs\"");
        var bl = await OpenAdrClient.ConnectAsync(http, "bl", "bl-secret", CancellationToken.None);
        (await bl.GetProgramsAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task With_client_certificates_required_a_development_ca_issues_one_per_client_which_each_client_presents()
    {
        var clients = Harness.WriteFile("clients.json", """
            { "clients": [ { "clientId": "bl", "clientSecret": "bl-secret", "role": "businessLogic" },
                           { "clientId": "ven/1", "clientSecret": "ven-secret", "role": "ven" } ] }
            """);
        var folder = Path.GetDirectoryName(clients)!;

        await using var vtn = await RunningVtn.StartAsync(new VtnRequest($"https://127.0.0.1:{Harness.FreePort()}", clients)
        {
            Database = VtnCommand.MemoryDatabase,
            RequireClientCertificates = true,
        }, workingDirectory: folder);

        var issued = Path.Combine(folder, VtnCommand.ClientCertificatesFolder);
        Directory.GetFiles(issued).Select(Path.GetFileName).Should().BeEquivalentTo("bl.pem", "ven%2F1.pem");
        vtn.Output.Should().Contain(Path.Combine(folder, VtnCommand.ClientCaFile)).And.Contain(issued);
        var trusted = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, VtnCommand.ServerCertificateFile));
        using var certificate = CertificateFiles.LoadWithKey(Path.Combine(issued, VtnCommand.ClientCertificateFileName("ven/1")));
        using var http = new HttpClient(new TlsClientOptions { TrustedCertificates = [trusted], ClientCertificate = certificate }.CreateHandler())
        {
            BaseAddress = vtn.BaseAddress,
        };
        var ven = await OpenAdrClient.ConnectAsync(http, "ven/1", "ven-secret", CancellationToken.None);
        (await ven.GetProgramsAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task A_certificate_file_that_is_no_certificate_is_named_with_exit_code_2()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        var certificate = Harness.WriteFile("server.pem", "not a certificate");

        var (code, output) = await ServeToFailureAsync(
            new VtnRequest("https://127.0.0.1:0", clients) { Certificate = certificate, Database = VtnCommand.MemoryDatabase });

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().Contain($"error: {certificate}:").And.NotContain(" at ");
    }

    [Test]
    public async Task A_pkcs12_file_with_a_wrong_password_is_named_with_exit_code_2()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        using var generated = DevelopmentCertificates.CreateServerCertificate([]);
        var certificate = Harness.WriteFile("server.pfx", "");
        File.WriteAllBytes(certificate, generated.Export(X509ContentType.Pkcs12, "right"));

        var (code, output) = await ServeToFailureAsync(new VtnRequest("https://127.0.0.1:0", clients)
        {
            Certificate = certificate,
            CertificatePassword = "wrong",
            Database = VtnCommand.MemoryDatabase,
        });

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().Contain($"error: {certificate}:").And.Contain("password").And.NotContain(" at ");
    }

    [Test]
    public async Task Certificate_options_over_http_are_bad_arguments()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);

        var (code, output) = await ServeToFailureAsync(
            new VtnRequest("http://127.0.0.1:0", clients) { RequireClientCertificates = true, Database = VtnCommand.MemoryDatabase });

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().Contain("need an https:// --urls");
    }

    [Test]
    public async Task A_bad_clients_file_is_named_with_its_line_and_field()
    {
        var clients = Harness.WriteFile("clients.json",
            "{ \"clients\": [\n  { \"clientId\": \"bl\", \"clientSecret\": \"s\", \"role\": \"admin\" } ] }");

        var (code, output) = await ServeToFailureAsync(new VtnRequest("http://127.0.0.1:0", clients) { Database = VtnCommand.MemoryDatabase });

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().Contain($"{clients}:2").And.Contain("role");
    }

    [Test]
    public async Task With_mqtt_port_the_vtn_prints_its_brokers_url_and_authentication_and_a_client_with_a_token_gets_notifications()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);

        await using var vtn = await RunningVtn.StartAsync(
            new VtnRequest($"http://127.0.0.1:{Harness.FreePort()}", clients) { Database = VtnCommand.MemoryDatabase, MqttPort = 0 });

        var broker = vtn.PrintedBroker();
        broker.Scheme.Should().Be("mqtt");
        vtn.Output.Should().Contain("authentication OAUTH2_BEARER_TOKEN, user name {clientID}");
        using var http = new HttpClient { BaseAddress = vtn.BaseAddress };
        var bl = await OpenAdrClient.ConnectAsync(http, "bl", "bl-secret", CancellationToken.None);
        await ReceivesNotificationAsync(broker, bl, tls => { });
    }

    [Test]
    public async Task Over_https_with_client_certificates_the_vtns_broker_serves_mqtts_to_a_client_presenting_its_certificate()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        var folder = Path.GetDirectoryName(clients)!;

        await using var vtn = await RunningVtn.StartAsync(new VtnRequest($"https://127.0.0.1:{Harness.FreePort()}", clients)
        {
            Database = VtnCommand.MemoryDatabase,
            RequireClientCertificates = true,
            MqttPort = 0,
        }, workingDirectory: folder);

        var broker = vtn.PrintedBroker();
        broker.Scheme.Should().Be("mqtts");
        vtn.Output.Should().Contain("over TLS with the server certificate, client certificates required");
        var trusted = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, VtnCommand.ServerCertificateFile));
        using var certificate = CertificateFiles.LoadWithKey(
            Path.Combine(folder, VtnCommand.ClientCertificatesFolder, VtnCommand.ClientCertificateFileName("bl")));
        using var http = new HttpClient(new TlsClientOptions { TrustedCertificates = [trusted], ClientCertificate = certificate }.CreateHandler())
        {
            BaseAddress = vtn.BaseAddress,
        };
        var bl = await OpenAdrClient.ConnectAsync(http, "bl", "bl-secret", CancellationToken.None);
        await ReceivesNotificationAsync(broker, bl, tls => tls.UseTls().WithRevocationMode(X509RevocationMode.NoCheck)
            .WithCertificateValidationHandler(e => CertificateTrust.AcceptsServer(e.Certificate, e.SslPolicyErrors, [trusted]))
            .WithClientCertificates([certificate]));
    }

    [Test]
    public async Task With_mqtt_broker_the_vtn_publishes_on_the_external_broker_and_says_so()
    {
        var clients = Harness.WriteFile("clients.json", BlClients);
        var port = Harness.FreePort();
        using var external = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
            .WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(IPAddress.Loopback).WithDefaultEndpointPort(port).Build());
        await external.StartAsync();

        await using (var vtn = await RunningVtn.StartAsync(new VtnRequest($"http://127.0.0.1:{Harness.FreePort()}", clients)
        {
            Database = VtnCommand.MemoryDatabase,
            MqttBroker = $"mqtt://127.0.0.1:{port}",
        }))
        {
            vtn.PrintedBroker().Should().Be(new Uri($"mqtt://127.0.0.1:{port}"));
            vtn.Output.Should().Contain("external; the VTN publishes anonymously; announced authentication ANONYMOUS");
            using var http = new HttpClient { BaseAddress = vtn.BaseAddress };
            var bl = await OpenAdrClient.ConnectAsync(http, "bl", "bl-secret", CancellationToken.None);
            await ReceivesNotificationAsync(vtn.PrintedBroker(), bl, tls => { }, anonymous: true);
        }
        await external.StopAsync();
    }

    [TestCase(0, "mqtt://127.0.0.1:1883", "exclude each other")]
    [TestCase(null, "http://127.0.0.1:1883", "must be mqtt://host:port or mqtts://host:port")]
    [TestCase(70000, null, "is not a port")]
    public async Task Contradictory_or_malformed_mqtt_options_are_bad_arguments(int? port, string? broker, string problem)
    {
        var clients = Harness.WriteFile("clients.json", BlClients);

        var (code, output) = await ServeToFailureAsync(
            new VtnRequest("http://127.0.0.1:0", clients) { Database = VtnCommand.MemoryDatabase, MqttPort = port, MqttBroker = broker });

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().Contain(problem);
    }

    /// <summary>
    /// Connects an MQTT client as BL (its bearer token as password unless <paramref name="anonymous"/>), subscribes to
    /// the programs topics, creates a program and expects its CREATE notification.
    /// </summary>
    private static async Task ReceivesNotificationAsync(Uri broker, OpenAdrClient bl, Action<MqttClientTlsOptionsBuilder> tls, bool anonymous = false)
    {
        var received = new TaskCompletionSource<MqttApplicationMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var mqtt = new MqttClientFactory().CreateMqttClient();
        mqtt.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult(e.ApplicationMessage);
            return Task.CompletedTask;
        };
        var options = new MqttClientOptionsBuilder().WithTcpServer(broker.Host, broker.Port).WithTimeout(TimeSpan.FromSeconds(10));
        if (broker.Scheme == "mqtts") options.WithTlsOptions(tls);
        if (!anonymous) options.WithCredentials("bl", bl.AccessToken);
        (await mqtt.ConnectAsync(options.Build())).ResultCode.Should().Be(MqttClientConnectResultCode.Success);
        await mqtt.SubscribeAsync("programs/+");

        var program = await bl.CreateProgramAsync(new Conformance.OpenAdr3.Wire.Program { ProgramName = "notified" });

        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        message.Topic.Should().Be("programs/create");
        message.ConvertPayloadToString().Should().Contain(program.Id);
    }

    private static async Task<(int Code, string Output)> ServeToFailureAsync(VtnRequest request)
    {
        var console = new TestConsole { Profile = { Width = 1000 } };
        var code = await VtnCommand.ServeAsync(console, request, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        return (code, console.Output);
    }

    /// <summary>The vtn command serving in the background until disposed, once it has said all it says at start.</summary>
    internal sealed class RunningVtn : IAsyncDisposable
    {
        private readonly TestConsole console;
        private readonly CancellationTokenSource stop;
        private readonly Task<int> serving;

        private RunningVtn(TestConsole console, CancellationTokenSource stop, Task<int> serving, Uri baseAddress)
        {
            this.console = console;
            this.stop = stop;
            this.serving = serving;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public string Output => console.Output;

        /// <summary>The MQTT broker URL the command printed.</summary>
        public Uri PrintedBroker() => new(System.Text.RegularExpressions.Regex.Match(Output, @"MQTT broker: (mqtts?://[^ ,]+)").Groups[1].Value);

        /// <param name="workingDirectory">Where the command runs; the test's process keeps its own.</param>
        public static async Task<RunningVtn> StartAsync(VtnRequest request, string? workingDirectory = null)
        {
            var console = new TestConsole { Profile = { Width = 1000 } };
            var stop = new CancellationTokenSource();
            var previous = Directory.GetCurrentDirectory();
            if (workingDirectory is not null) Directory.SetCurrentDirectory(workingDirectory);
            Task<int> serving;
            try
            {
                serving = VtnCommand.ServeAsync(console, request, stop.Token);
                await WaitUntilReadyAsync(console, serving);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
            return new RunningVtn(console, stop, serving, new Uri(request.Url.TrimEnd('/') + "/"));
        }

        private static async Task WaitUntilReadyAsync(TestConsole console, Task<int> serving)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (!console.Output.Contains("Press Ctrl+C to stop."))
            {
                if (serving.IsCompleted) throw new InvalidOperationException($"vtn ended with {await serving}: {console.Output}");
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"vtn did not start within 30 s: {console.Output}");
                await Task.Delay(50);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            (await serving.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(ExitCodes.Pass);
            stop.Dispose();
        }
    }
}
