using Conformance.Model.SystemUnderTest;

namespace Conformance.Model.Tests;

public class SystemUnderTestFileTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test]
    public void A_ven_under_test_is_read_with_its_credentials_polling_interval_and_capabilities()
    {
        var sut = SystemUnderTestFile.Load(Write("""
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
        sut.RoleUnderTest.Should().Be(Role.Ven);
        sut.Ven.Should().Be(new VenUnderTest("acme", "acme-id", "s", TimeSpan.FromSeconds(10)));
        sut.HarnessVtnUrl.Should().Be("http://127.0.0.1:8080");
        sut.Clock.Should().Be(new ClockSetting(TimeMode.Scaled, 10));
        sut.Supports("WEBHOOKS").Should().BeTrue();
        sut.Supports("mqtt").Should().BeFalse();
    }

    [Test]
    public void The_embedded_default_supports_every_capability() =>
        SystemUnderTestDescription.EmbeddedDefault.Supports("anything").Should().BeTrue();

    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"ven\" }", null, "ven", "required when roleUnderTest is 'ven'")]
    [TestCase("{\n  \"vendor\": \"x\"\n}", null, "name", "required")]
    [TestCase("{ \"name\": \"x\",\n  \"colour\": \"red\" }", 2, "colour", "unknown field*")]
    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"toaster\" }", 2, "roleUnderTest", "'toaster' is not a role*")]
    [TestCase("{ \"name\": \"x\",\n \"timeMode\": {\n  \"mode\": \"scaled\" } }", 2, "timeMode.factor", "scaled time needs a number greater than 1*")]
    [TestCase("{ \"name\": \"x\",\n \"harness\": {\n  \"vtnUrl\": \"ftp://x\" } }", 3, "harness.vtnUrl", "'ftp://x' is not an absolute http(s) URL")]
    [TestCase("{ \"name\": 5 }", 1, "name", "must be a string, found number")]
    public void A_bad_field_is_named_with_its_file_and_line(string json, int? line, string field, string problem)
    {
        var path = Write(json);
        FluentActions.Invoking(() => SystemUnderTestFile.Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == path && e.Line == line && e.Field == field)
            .WithMessage($"{path}{(line is null ? "" : $":{line}")}: field '{field}': {problem}");
    }

    private static string VtnClients(string extra = "") => string.Join(",\n", VtnUnderTest.HarnessClientIds.Select(id => $$"""
          "{{id}}": { "clientSecret": "{{id}}-s"{{extra}} }
        """));

    [Test]
    public void A_vtn_under_test_is_read_with_its_trusted_roots_and_each_harness_clients_certificate_relative_to_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "certs"));
        File.WriteAllText(Path.Combine(folder, "certs", "ca.pem"), "");
        File.WriteAllText(Path.Combine(folder, "certs", "client.pem"), "");
        File.WriteAllText(Path.Combine(folder, "certs", "client.key"), "");
        Environment.SetEnvironmentVariable("SUT_TEST_CERT_PASSWORD", "pw");
        var path = Path.Combine(folder, "sut.json");
        File.WriteAllText(path, $$"""
            { "name": "Acme VTN", "roleUnderTest": "vtn",
              "vtn": { "url": "https://vtn.example:8443/openadr3", "trustedCertificates": "certs/ca.pem",
                "clients": {
                  {{VtnClients(", \"certificate\": \"certs/client.pem\", \"certificateKey\": \"certs/client.key\", \"certificatePasswordVariable\": \"SUT_TEST_CERT_PASSWORD\"")}}
                } } }
            """);

        var sut = SystemUnderTestFile.Load(path);

        sut.RoleUnderTest.Should().Be(Role.Vtn);
        sut.Vtn!.Url.Should().Be(new Uri("https://vtn.example:8443/openadr3"));
        sut.Vtn.TrustedCertificates!.Path.Should().Be(Path.Combine(folder, "certs", "ca.pem"));
        sut.Vtn.Clients.Keys.Should().BeEquivalentTo(VtnUnderTest.HarnessClientIds);
        var ven = sut.Vtn.Clients["harness-ven-2"];
        ven.ClientSecret.Should().Be("harness-ven-2-s");
        ven.Certificate.Should().BeEquivalentTo(new { Path = Path.Combine(folder, "certs", "client.pem"), KeyPath = Path.Combine(folder, "certs", "client.key"), Password = "pw" });
    }

    [TestCase(", \"certificate\": \"missing.pem\"", "vtn.clients.harness-business-logic.certificate", "'missing.pem' not found*")]
    [TestCase(", \"certificate\": \"sut-cert.pem\", \"certificatePasswordVariable\": \"SUT_TEST_UNSET_VARIABLE\"", "vtn.clients.harness-business-logic.certificatePasswordVariable", "the environment variable SUT_TEST_UNSET_VARIABLE*is not set")]
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

        FluentActions.Invoking(() => SystemUnderTestFile.Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == path && e.Line == 4 && e.Field == field)
            .WithMessage($"{path}:4: field '{field}': {problem}");
    }

    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"vtn\" }", null, "vtn", "required when roleUnderTest is 'vtn'")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"ftp://x\" } }", 2, "vtn.url", "'ftp://x' is not an absolute http(s) URL")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"https://x\" } }", 2, "vtn.clients", "required: an object giving*")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"https://x\",\n \"clients\": { \"harness-business-logic\": { \"clientSecret\": \"s\" } } } }", 3, "vtn.clients.harness-ven-1", "required: the VTN under test must have this client provisioned*")]
    [TestCase("{ \"name\": \"x\", \"roleUnderTest\": \"vtn\",\n  \"vtn\": { \"url\": \"https://x\",\n \"clients\": { \"intruder\": { } } } }", 3, "vtn.clients.intruder", "not a client the harness plays*")]
    [TestCase("{ \"name\": \"x\",\n  \"vtn\": { \"url\": \"https://x\" } }", 2, "vtn", "describes a VTN under test: only with roleUnderTest 'vtn'")]
    public void A_bad_vtn_under_test_is_named_with_its_line(string json, int? line, string field, string problem) =>
        A_bad_field_is_named_with_its_file_and_line(json, line, field, problem);

    [Test]
    public void Broken_json_is_reported_with_its_line()
    {
        var path = Write("{\n  \"name\": \"x\",\n  oops\n}");
        FluentActions.Invoking(() => SystemUnderTestFile.Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.Line == 3).WithMessage($"{path}:3: not valid JSON*");
    }

    [Test]
    public void A_missing_file_is_named() =>
        FluentActions.Invoking(() => SystemUnderTestFile.Load("/no/such/sut.json")).Should().Throw<ConfigurationException>()
            .WithMessage("/no/such/sut.json: file not found");
}
