using System.Net;
using Conformance.Bindings.OpenAdr3;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;

namespace Conformance.Bindings.OpenAdr3.Tests;

/// <summary>
/// The OpenADR 3.1 section of the system-under-test file, read as a run reads it (<see cref="SystemUnderTestLoader"/>:
/// the composed schema, the core, then the section), in its own layout (<c>"openadr3": { … }</c>) and in the older one
/// (<c>ven</c>, <c>vtn</c>, <c>harness</c> at the top level), which stays accepted.
/// </summary>
public class OpenAdr3SectionTests
{
    private static readonly IReadOnlyList<IBinding> Bindings = [new OpenAdr3Binding()];

    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static SystemUnderTestDescription Load(string path) => SystemUnderTestLoader.Load(path, Bindings);

    private static OpenAdr3Settings Settings(string path) => OpenAdr3Settings.Of(Load(path));

    [Test]
    public void A_ven_under_test_is_read_from_the_section_with_its_polling_interval_from_the_cores_timing()
    {
        var sut = Load(Write("""
            {
              "name": "Acme VEN", "roleUnderTest": "ven", "binding": "openadr3",
              "timing": { "retrievalInterval": "PT10S" },
              "openadr3": {
                "ven": { "venName": "acme", "clientId": "acme-id", "clientSecret": "s" },
                "harness": { "vtnUrl": "http://127.0.0.1:8080" }
              }
            }
            """));
        var settings = OpenAdr3Settings.Of(sut);
        settings.Ven.Should().Be(new VenUnderTest("acme", "acme-id", "s", TimeSpan.FromSeconds(10)));
        settings.HarnessVtnUrl.Should().Be("http://127.0.0.1:8080");
        settings.Callbacks.Should().Be(HarnessCallbacks.Loopback);
    }

    [Test]
    public void The_older_layout_at_the_top_level_is_still_read_with_the_vens_polling_interval()
    {
        var settings = Settings(Write("""
            {
              // comments are allowed
              "name": "Acme VEN", "vendor": "Acme", "version": "1.2.0",
              "roleUnderTest": "ven",
              "ven": { "venName": "acme", "clientId": "acme-id", "clientSecret": "s", "pollingInterval": "PT10S" },
              "harness": { "vtnUrl": "http://127.0.0.1:8080" },
              "capabilities": ["webhooks"],
              "timeMode": { "mode": "scaled", "factor": 10 }
            }
            """));
        settings.Ven.Should().Be(new VenUnderTest("acme", "acme-id", "s", TimeSpan.FromSeconds(10)));
        settings.HarnessVtnUrl.Should().Be("http://127.0.0.1:8080");
    }

    [Test]
    public void Without_a_section_every_endpoint_is_the_default() =>
        Settings(Write("""{ "name": "x" }""")).Should().BeEquivalentTo(OpenAdr3Settings.Default);

    [Test]
    public void The_embedded_default_carries_no_section_and_gets_the_defaults() =>
        OpenAdr3Settings.Of(SystemUnderTestDescription.EmbeddedDefault).Should().BeSameAs(OpenAdr3Settings.Default);

    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"ven\" }", null, "openadr3.ven", "required when roleUnderTest is 'ven'")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"ven\",\n \"openadr3\": {\n \"ven\": { \"venName\": \"v\", \"clientId\": \"v\", " +
        "\"clientSecret\": \"s\" } } }", null, "timing.retrievalInterval", "required with a VEN*")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"ven\",\n \"ven\": { \"venName\": \"v\", \"clientId\": \"v\", \"clientSecret\": \"s\" } }", 2,
        "ven.pollingInterval", "required")]
    [TestCase("{ \"name\": \"x\", \"timing\": { \"retrievalInterval\": \"PT1S\" },\n \"ven\": { \"venName\": \"v\", \"clientId\": \"v\", " +
        "\"clientSecret\": \"s\",\n \"pollingInterval\": \"PT2S\" } }", 3, "ven.pollingInterval", "the VEN's polling interval is given twice*")]
    [TestCase("{ \"name\": \"x\",\n \"openadr3\": {\n \"ven\": { \"venName\": \"v\", \"clientId\": \"v\", \"clientSecret\": \"s\",\n " +
        "\"pollingInterval\": \"PT2S\" } } }", 4, "openadr3.ven.pollingInterval", "unknown field; expected one of venName, clientId, clientSecret")]
    [TestCase("{ \"name\": \"x\",\n \"openadr3\": { },\n \"harness\": { } }", 3, "harness", "the older layout of the 'openadr3' section*")]
    [TestCase("{ \"name\": \"x\",\n \"openadr3\": {\n \"colour\": 1 } }", 3, "openadr3.colour", "unknown field; expected one of ven, vtn, harness")]
    [TestCase("{ \"name\": \"x\",\n \"binding\": \"s2\" }", 2, "binding", "'s2' is not one of 'openadr3'")]
    [TestCase("{ \"name\": \"x\",\n \"harness\": {\n  \"vtnUrl\": \"ftp://x\" } }", 3, "harness.vtnUrl", "'ftp://x' is not an absolute http(s) URL")]
    [TestCase("{ \"name\": \"x\",\n \"openadr3\": { \"harness\": {\n  \"vtnUrl\": \"ftp://x\" } } }", 3, "openadr3.harness.vtnUrl",
        "'ftp://x' is not an absolute http(s) URL")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"ven\",\n \"ven\": { \"venName\": \"v\", \"clientId\": \"v\", \"clientSecret\": \"s\",\n " +
        "\"pollingInterval\": \"often\" } }", 3, "ven.pollingInterval", "'often' is not a positive duration*")]
    [TestCase("{ \"name\": 5 }", 1, "name", "must be a string, found number")]
    [TestCase("{ \"name\": \"x\",\n \"roleUnderTest\": \"toaster\" }", 2, "roleUnderTest", "'toaster' is not one of 'none', 'ven', 'vtn'")]
    public void A_bad_field_is_named_with_its_file_and_line(string json, int? line, string field, string problem)
    {
        var path = Write(json);
        FluentActions.Invoking(() => Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == path && e.Line == line && e.Field == field)
            .WithMessage($"{path}{(line is null ? "" : $":{line}")}: field '{field}': {problem}");
    }

    private static string VtnClients(string extra = "") => string.Join(",\n", HarnessClients.All.Select(id => $$"""
          "{{id}}": { "clientSecret": "{{id}}-s"{{extra}} }
        """));

    [TestCase("vtn")]
    [TestCase("openadr3.vtn")]
    public void A_vtn_under_test_is_read_with_its_trusted_roots_and_each_harness_clients_certificate_relative_to_the_file(string at)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "certs"));
        File.WriteAllText(Path.Combine(folder, "certs", "ca.pem"), "");
        File.WriteAllText(Path.Combine(folder, "certs", "client.pem"), "");
        File.WriteAllText(Path.Combine(folder, "certs", "client.key"), "");
        Environment.SetEnvironmentVariable("SUT_TEST_CERT_PASSWORD", "pw");
        var path = Path.Combine(folder, "sut.json");
        var vtn = $$"""
            "vtn": { "url": "https://vtn.example:8443/openadr3", "trustedCertificates": "certs/ca.pem",
                "clients": {
                  {{VtnClients(", \"certificate\": \"certs/client.pem\", \"certificateKey\": \"certs/client.key\"," +
                      " \"certificatePasswordVariable\": \"SUT_TEST_CERT_PASSWORD\"")}}
                } }
            """;
        File.WriteAllText(path, $$"""{ "name": "Acme VTN", "roleUnderTest": "vtn", {{(at == "vtn" ? vtn : $"\"openadr3\": {{ {vtn} }}")}} }""");

        var settings = Settings(path);

        settings.Vtn!.Url.Should().Be(new Uri("https://vtn.example:8443/openadr3"));
        settings.Vtn.TrustedCertificates!.Path.Should().Be(Path.Combine(folder, "certs", "ca.pem"));
        settings.Vtn.TrustedCertificates.Field.Should().Be($"{at}.trustedCertificates");
        settings.Vtn.Clients.Keys.Should().BeEquivalentTo(HarnessClients.All);
        var ven = settings.Vtn.Clients["harness-ven-2"];
        ven.ClientSecret.Should().Be("harness-ven-2-s");
        ven.Certificate.Should().BeEquivalentTo(
            new { Path = Path.Combine(folder, "certs", "client.pem"), KeyPath = Path.Combine(folder, "certs", "client.key"), Password = "pw" });
    }

    [TestCase(", \"certificate\": \"missing.pem\"", "vtn.clients.harness-business-logic.certificate", "'missing.pem' not found*")]
    [TestCase(", \"certificate\": \"sut-cert.pem\", \"certificatePasswordVariable\": \"SUT_TEST_UNSET_VARIABLE\"",
        "vtn.clients.harness-business-logic.certificatePasswordVariable", "the environment variable SUT_TEST_UNSET_VARIABLE*is not set")]
    [TestCase(", \"certificateKey\": \"k.pem\"", "vtn.clients.harness-business-logic.certificate", "required with certificateKey*")]
    [TestCase(", \"colour\": \"red\"", "vtn.clients.harness-business-logic.colour", "unknown field*")]
    public void A_bad_harness_client_of_the_vtn_under_test_is_named_with_its_line(string extra, string field, string problem)
    {
        var path = Write($$"""
            { "name": "x", "roleUnderTest": "vtn",
              "vtn": { "url": "https://127.0.0.1:8443",
                "clients": {
            {{VtnClients(extra)}}
                } } }
            """);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, "sut-cert.pem"), "");

        FluentActions.Invoking(() => Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == path && e.Line == 4 && e.Field == field)
            .WithMessage($"{path}:4: field '{field}': {problem}");
    }

    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"vtn\" }", null, "openadr3.vtn", "required when roleUnderTest is 'vtn'")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"ftp://x\", \"clients\": { } } }", 2, "vtn.url",
        "'ftp://x' is not an absolute http(s) URL")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"https://x\" } }", 2, "vtn.clients",
        "required: an object giving*")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"https://x\",\n \"clients\": { \"harness-business-logic\": { " +
        "\"clientSecret\": \"s\" } } } }", 3, "vtn.clients.harness-ven-1", "required: the VTN under test must have this client provisioned*")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"https://x\",\n \"clients\": { \"intruder\": { } } } }", 3,
        "vtn.clients.intruder", "unknown field; expected one of harness-business-logic*")]
    [TestCase("{ \"name\": \"x\",\n  \"vtn\": { \"url\": \"https://x\", \"clients\": { " + AllClients + " } } }", 2, "vtn",
        "describes a VTN under test: only with roleUnderTest 'vtn'")]
    public void A_bad_vtn_under_test_is_named_with_its_line(string json, int? line, string field, string problem) =>
        A_bad_field_is_named_with_its_file_and_line(json, line, field, problem);

    private const string AllClients = "\"harness-business-logic\": { \"clientSecret\": \"s\" }, \"harness-ven-1\": { \"clientSecret\": \"s\" }, " +
        "\"harness-ven-2\": { \"clientSecret\": \"s\" }, \"harness-ven-3\": { \"clientSecret\": \"s\" }";

    [Test]
    public void Harness_callbacks_are_read_with_their_listen_address_ports_host_and_certificate_relative_to_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        File.WriteAllText(Path.Combine(folder, "receiver.pem"), "");
        var path = Path.Combine(folder, "sut.json");
        File.WriteAllText(path, """
            { "name": "Acme VEN", "roleUnderTest": "ven", "timing": { "retrievalInterval": "PT10S" },
              "openadr3": {
                "ven": { "venName": "acme", "clientId": "acme-id", "clientSecret": "s" },
                "harness": { "vtnUrl": "https://0.0.0.0:8443", "vtnCertificateFile": "out/harness-vtn.pem",
                  "callbacks": { "listen": "0.0.0.0", "ports": "8100-8109", "host": "harness.lab.example", "certificate": "receiver.pem" } } } }
            """);

        var settings = Settings(path);

        settings.Callbacks.Should().BeEquivalentTo(
            new { Listen = IPAddress.Any, FirstPort = 8100, LastPort = 8109, Host = "harness.lab.example", Scheme = "https" });
        settings.Callbacks.Certificate!.Path.Should().Be(Path.Combine(folder, "receiver.pem"));
        settings.HarnessVtnCertificateFile.Should().Be(Path.Combine(folder, "out", "harness-vtn.pem"));
    }

    [TestCase("\"listen\": \"192.168.1.20\", \"ports\": 8100", "192.168.1.20", 8100, 8100, "192.168.1.20")]
    [TestCase("\"listen\": \"::\", \"host\": \"[fd00::1]\", \"ports\": \"9000\"", "::", 9000, 9000, "[fd00::1]")]
    [TestCase("\"host\": \"127.0.0.1\", \"ports\": 0", "127.0.0.1", 0, 0, "127.0.0.1")]
    public void The_callback_host_defaults_to_a_specific_listen_address(string fields, string listen, int first, int last, string host) =>
        Settings(Write($$"""{ "name": "x", "harness": { "callbacks": { {{fields}} } } }""")).Callbacks
            .Should().BeEquivalentTo(new { Listen = IPAddress.Parse(listen), FirstPort = first, LastPort = last, Host = host, Scheme = "https" });

    [Test]
    public void Callbacks_are_https_unless_the_file_says_http() =>
        Settings(Write("""{ "name": "x", "harness": { "callbacks": { "scheme": "http" } } }""")).Callbacks
            .Should().BeEquivalentTo(new { Scheme = "http", IsPlainHttp = true, Certificate = (object?)null });

    [TestCase("\"listen\": \"256.1.1.1\"", "harness.callbacks.listen", "'256.1.1.1' is not an IP address*", 4)]
    [TestCase("\"listen\": \"harness.lan\"", "harness.callbacks.listen", "'harness.lan' is not an IP address*", 4)]
    [TestCase("\"ports\": 70000", "harness.callbacks.ports", "70000 is out of range*", 4)]
    [TestCase("\"ports\": -1", "harness.callbacks.ports", "-1 is out of range*", 4)]
    [TestCase("\"ports\": \"8110-8100\"", "harness.callbacks.ports", "'8110-8100' is out of range*the lower first", 4)]
    [TestCase("\"ports\": \"0-10\"", "harness.callbacks.ports", "'0-10' is out of range*", 4)]
    [TestCase("\"ports\": \"many\"", "harness.callbacks.ports", "'many' is not a port number*", 4)]
    [TestCase("\"ports\": true", "harness.callbacks.ports", "must be an integer, found boolean", 4)]
    [TestCase("\"host\": \"http://harness.lan\"", "harness.callbacks.host",
        "'http://harness.lan' must be a host name or IP address without a scheme*", 4)]
    [TestCase("\"host\": \"harness lan\"", "harness.callbacks.host", "'harness lan' is not a host name or IP address", 4)]
    [TestCase("\"listen\": \"0.0.0.0\"", "harness.callbacks.host", "required when listen is 0.0.0.0*", 3)]
    [TestCase("\"certificate\": \"missing.pem\"", "harness.callbacks.certificate", "'missing.pem' not found*", 4)]
    [TestCase("\"certificateKey\": \"k.pem\"", "harness.callbacks.certificate", "required with certificateKey*", 3)]
    [TestCase("\"colour\": \"red\"", "harness.callbacks.colour", "unknown field*", 4)]
    [TestCase("\"scheme\": \"http\", \"certificate\": \"r.pem\"", "harness.callbacks.certificate", "an http receiver serves no certificate*", 4)]
    public void Bad_harness_callbacks_are_named_with_their_line(string fields, string field, string problem, int line) =>
        // A missing field is named at the line of its parent (callbacks, line 3), a wrong one at its own (line 4).
        A_bad_field_is_named_with_its_file_and_line($"{{ \"name\": \"x\",\n \"harness\": {{\n  \"callbacks\": {{\n {fields} }} }} }}", line, field,
            problem);

    [TestCase("{ \"name\": \"x\",\n \"harness\": {\n  \"vtnUrl\": \"http://127.0.0.1:8080\",\n  \"vtnCertificateFile\": \"v.pem\" } }", 4,
        "harness.vtnCertificateFile", "the harness's VTN has a certificate over https only*")]
    [TestCase("{ \"name\": \"x\",\n \"harness\": {\n  \"vtnUrl\": \"https://127.0.0.1:8443\",\n  \"vtnCertificateFile\": \"no-such-folder/v.pem\" " +
        "} }", 4, "harness.vtnCertificateFile", "the folder of 'no-such-folder/v.pem' does not exist*")]
    [TestCase("{ \"name\": \"x\",\n \"harness\": {\n  \"vtnURL\": \"https://x\" } }", 3, "harness.vtnURL", "unknown field*")]
    public void A_bad_harness_field_is_named_with_its_line(string json, int? line, string field, string problem) =>
        A_bad_field_is_named_with_its_file_and_line(json, line, field, problem);
}
