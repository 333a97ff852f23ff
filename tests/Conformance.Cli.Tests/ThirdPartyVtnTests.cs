using Conformance.Cli.Commands;
using Conformance.Tls;

namespace Conformance.Cli.Tests;

/// <summary>
/// A VTN under test over HTTPS with mutual TLS: the reference VTN served standalone by the <c>vtn</c> command stands in
/// for a third-party VTN, and <c>run --sut</c> certifies it with a system-under-test file that names the certificate
/// to trust and each harness client's certificate (paths relative to the file).
/// </summary>
public class ThirdPartyVtnTests
{
    private static readonly string[] HarnessClients = ["harness-business-logic", "harness-ven-1", "harness-ven-2", "harness-ven-3"];

    [Test]
    public async Task A_third_party_vtn_requiring_client_certificates_is_certified_over_https_and_mqtts()
    {
        var clients = Harness.WriteFile("clients.json", $$"""
            { "clients": [ {{string.Join(",\n", HarnessClients.Select(id =>
                $$"""{ "clientId": "{{id}}", "clientSecret": "{{id}}-secret",""" +
                $$""" "role": "{{(id == "harness-business-logic" ? "businessLogic" : "ven")}}" }"""))}} ] }
            """);
        var folder = Path.GetDirectoryName(clients)!;
        var url = $"https://127.0.0.1:{Harness.FreePort()}";
        await using var vtn = await VtnCommandTests.RunningVtn.StartAsync(new VtnRequest(url, clients)
        {
            Database = VtnCommand.MemoryDatabase,
            RequireClientCertificates = true,
            MqttPort = 0,
        }, workingDirectory: folder);
        var sut = Path.Combine(folder, "sut.json");
        File.WriteAllText(sut, $$"""
            {
              "name": "Reference VTN standing in for a third party",
              "roleUnderTest": "vtn",
              "capabilities": ["mqtt-notifications"],
              "vtn": {
                "url": "{{url}}",
                "trustedCertificates": "{{VtnCommand.ServerCertificateFile}}",
                "clients": {
                  {{string.Join(",\n", HarnessClients.Select(id =>
                    $$"""  "{{id}}": { "clientSecret": "{{id}}-secret",""" +
                    $$""" "certificate": "{{VtnCommand.ClientCertificatesFolder}}/{{VtnCommand.ClientCertificateFileName(id)}}" }"""))}}
                }
              }
            }
            """);

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-Programs or @OADR31-ven-enrollment or @OADR31-mqtt-notifications", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        var evidence = await File.ReadAllTextAsync(Path.Combine(outcome.ReportDirectory!, "evidence.jsonl"));
        evidence.Should().Contain("\"from\":\"Vtn\",\"to\":\"BusinessLogic\"", "the harness records the VTN's answers at its end of the wire")
            .And.Contain("\"from\":\"Vtn\",\"to\":\"Ven harness-ven-1\"")
            .And.Contain("\"transport\":\"mqtt\",\"binding\":\"openadr3\"");
    }

    [Test]
    public async Task A_third_party_vtn_that_verifies_callbacks_passes_every_subscription_scenario_with_the_harness_https_receivers()
    {
        var clients = Harness.WriteFile("clients.json", ClientsFile());
        var folder = Path.GetDirectoryName(clients)!;
        using (var receiver = DevelopmentCertificates.CreateServerCertificate(["127.0.0.1"]))
        {
            CertificateFiles.WritePemWithKey(receiver, Path.Combine(folder, "receiver.pem"));
            CertificateFiles.WritePem(receiver, Path.Combine(folder, "receiver-public.pem"));
        }
        var url = $"http://127.0.0.1:{Harness.FreePort()}";
        // The VTN refuses http callbacks (no --allow-http-callbacks) and trusts the receivers' certificate, as a lab sets it up.
        await using var vtn = await VtnCommandTests.RunningVtn.StartAsync(new VtnRequest(url, clients)
        {
            Database = VtnCommand.MemoryDatabase,
            CallbackCa = Path.Combine(folder, "receiver-public.pem"),
        }, workingDirectory: folder);
        var sut = Path.Combine(folder, "sut.json");
        File.WriteAllText(sut, $$"""
            {
              "name": "Reference VTN verifying callbacks, standing in for a third party",
              "roleUnderTest": "vtn",
              "capabilities": ["webhooks"],
              "openadr3": {
                "vtn": {
                  "url": "{{url}}",
                  "clients": { {{string.Join(", ", HarnessClients.Select(id => $$""" "{{id}}": { "clientSecret": "{{id}}-secret" }"""))}} }
                },
                "harness": { "callbacks": { "certificate": "receiver.pem" } }
              }
            }
            """);

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-subscriptions or @OADR31-callback-verification", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        console.Should().Contain("The VTN refuses an http callback URL").And.NotContain("condition of this run");
    }

    private static string ClientsFile() => $$"""
        { "clients": [ {{string.Join(",\n", HarnessClients.Select(id =>
            $$"""{ "clientId": "{{id}}", "clientSecret": "{{id}}-secret",""" +
            $$""" "role": "{{(id == "harness-business-logic" ? "businessLogic" : "ven")}}" }"""))}} ] }
        """;

    [Test]
    public async Task A_certificate_file_of_the_vtn_under_test_that_cannot_be_used_names_the_sut_file_line_and_field()
    {
        var sut = Harness.WriteFile("sut.json", $$"""
            {
              "name": "Acme VTN",
              "roleUnderTest": "vtn",
              "vtn": {
                "url": "https://127.0.0.1:8443",
                "clients": {
                  {{string.Join(",\n", HarnessClients.Select(id => $$"""  "{{id}}": { "clientSecret": "s", "certificate": "{{id}}.pem" }"""))}}
                }
              }
            }
            """);
        foreach (var id in HarnessClients) File.WriteAllText(Path.Combine(Path.GetDirectoryName(sut)!, $"{id}.pem"), "not a certificate");

        var (outcome, console) = await Harness.RunAsync(sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.BadArguments);
        console.Should().Contain($"{sut}:7: field 'vtn.clients.harness-business-logic.certificate': ").And.Contain("harness-business-logic.pem")
            .And.NotContain(" at ");
    }
}
