using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Cli.Running;
using Conformance.OpenAdr3.Vtn;
using Conformance.Tls;

namespace Conformance.Cli.Tests;

/// <summary>
/// The harness's own endpoints as a system under test on another machine needs them: webhook receivers listening on
/// every interface and announced under a host the VTN can call, and the https certificate of the harness's VTN.
/// </summary>
public class HarnessEndpointsTests
{
    [Test]
    public async Task Webhook_receivers_on_every_interface_give_the_vtn_callback_urls_on_the_configured_host_and_still_receive()
    {
        var first = Harness.FreePort();
        var sut = Harness.WriteFile("sut.json", $$"""
            { "name": "Reference implementations, receivers on every interface",
              "harness": { "callbacks": { "listen": "0.0.0.0", "ports": "{{first}}-{{first + 20}}", "host": "127.0.0.1" } } }
            """);

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-subscriptions", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        var evidence = Evidence(outcome.ReportDirectory!);
        var callbackUrls = CallbackUrls(evidence);
        callbackUrls.Should().NotBeEmpty()
            .And.OnlyContain(u => u.Scheme == "https" && u.Host == "127.0.0.1" && u.Port >= first && u.Port <= first + 20);
        evidence.Should().Contain(r => r.GetProperty("direction").GetString() == "request" && r.GetProperty("from").GetString() == "Vtn"
            && (HttpField(r, "target") ?? "").StartsWith("/callbacks/"), "the VTN's notifications reach the receivers through 0.0.0.0");
    }

    [Test]
    public async Task Webhook_receivers_with_a_certificate_serve_https_callbacks()
    {
        var sut = Harness.WriteFile("sut.json", """
            { "name": "Reference implementations, https receivers",
              "harness": { "callbacks": { "host": "127.0.0.1", "certificate": "receiver.pem" } } }
            """);
        using (var certificate = DevelopmentCertificates.CreateServerCertificate(["127.0.0.1"]))
            CertificateFiles.WritePemWithKey(certificate, Path.Combine(Path.GetDirectoryName(sut)!, "receiver.pem"));

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-subscriptions", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        CallbackUrls(Evidence(outcome.ReportDirectory!)).Should().NotBeEmpty().And.OnlyContain(u => u.Scheme == "https" && u.Host == "127.0.0.1");
    }

    [Test]
    public async Task Receivers_answer_the_vtns_echo_challenge_over_https_by_default_and_it_is_recorded()
    {
        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-subscriptions");

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        var evidence = Evidence(outcome.ReportDirectory!);
        CallbackUrls(evidence).Should().NotBeEmpty().And.OnlyContain(u => u.Scheme == "https");
        var challenges = evidence.Where(r => r.GetProperty("from").GetString() == "Vtn" && HttpField(r, "method") == "GET"
            && (HttpField(r, "target") ?? "").Contains("?echo=")).ToList();
        challenges.Should().HaveCount(CallbackUrls(evidence).Distinct().Count(), "one challenge per new callback URL, recorded by the receiver");
        Summary(outcome.ReportDirectory!).GetProperty("conditions").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task With_http_receivers_the_harness_vtn_runs_with_its_development_switch_and_every_report_says_so()
    {
        var sut = Harness.WriteFile("sut.json", """
            { "name": "Reference implementations, http receivers", "harness": { "callbacks": { "scheme": "http" } } }
            """);

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-subscriptions", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        CallbackUrls(Evidence(outcome.ReportDirectory!)).Should().NotBeEmpty().And.OnlyContain(u => u.Scheme == "http");
        console.Should().Contain("condition of this run:").And.Contain("--allow-http-callbacks");
        Summary(outcome.ReportDirectory!).GetProperty("conditions").EnumerateArray().Should().ContainSingle()
            .Which.GetString().Should().Contain("http callback URLs");
        File.ReadAllText(Path.Combine(outcome.ReportDirectory!, "allure-results", "environment.properties"))
            .Should().Contain("Run.Condition.1=");
    }

    [Test]
    public async Task For_a_vtn_under_test_the_receivers_generated_certificate_is_written_and_announced_before_the_first_scenario()
    {
        var clients = string.Join(", ", new[] { "harness-business-logic", "harness-ven-1", "harness-ven-2", "harness-ven-3" }
            .Select(id => $$""" "{{id}}": { "clientSecret": "s" }"""));
        var sut = Harness.WriteFile("sut.json", $$"""
            { "name": "A VTN under test", "roleUnderTest": "vtn",
              "openadr3": { "vtn": { "url": "http://127.0.0.1:{{Harness.FreePort()}}", "clients": { {{clients}} } } } }
            """);

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-callback-verification", sut: sut);

        var written = Path.Combine(outcome.ReportDirectory!, HarnessCallbackCertificate.FileName);
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(written);
        certificate.HasPrivateKey.Should().BeFalse("only the public certificate is handed out");
        var printed = console.ReplaceLineEndings(" ");
        printed.Should().Contain(written).And.Contain("must trust it").And.Contain(CertificateFiles.Fingerprint(certificate));
    }

    [Test]
    public async Task A_receiver_certificate_that_cannot_be_used_names_the_sut_file_line_and_field()
    {
        var sut = Harness.WriteFile("sut.json", """
            { "name": "Reference implementations, https receivers",
              "harness": {
                "callbacks": { "certificate": "receiver.pem" } } }
            """);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(sut)!, "receiver.pem"), "not a certificate");

        var (outcome, console) = await Harness.RunAsync(tags: "@OADR31-subscriptions", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.BadArguments, console);
        console.Should().Contain($"{sut}:3: field 'harness.callbacks.certificate':");
    }

    [Test]
    public async Task An_https_harness_vtn_writes_its_certificate_into_the_report_directory_and_prints_its_fingerprint()
    {
        var sut = Harness.WriteFile("sut.json", """
            { "name": "Reference implementations over https",
              "harness": { "vtnUrl": "https://127.0.0.1:0", "vtnCertificateFile": "harness-vtn.pem" } }
            """);

        var (outcome, console) = await Harness.RunAsync(tags: "@TS62746-3-Fig17", sut: sut);

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        var written = Path.Combine(outcome.ReportDirectory!, HarnessVtnCertificate.FileName);
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(written);
        certificate.HasPrivateKey.Should().BeFalse("only the public certificate is handed out");
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(sut)!, "harness-vtn.pem")).Should().Be(File.ReadAllText(written));
        var printed = console.ReplaceLineEndings(" ");
        printed.Should().Contain(written).And.Contain(CertificateFiles.Fingerprint(certificate));
        printed.IndexOf(CertificateFiles.Fingerprint(certificate), StringComparison.Ordinal)
            .Should().BeLessThan(printed.IndexOf("pass", StringComparison.Ordinal), "the operator needs it before the first scenario");
    }

    [Test]
    public async Task An_http_harness_vtn_writes_no_certificate()
    {
        var (outcome, console) = await Harness.RunAsync(tags: "@TS62746-3-Fig17");

        outcome.ExitCode.Should().Be(ExitCodes.Pass, console);
        File.Exists(Path.Combine(outcome.ReportDirectory!, HarnessVtnCertificate.FileName)).Should().BeFalse();
        console.Should().NotContain("fingerprint");
    }

    private static JsonElement Summary(string reportDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "summary.json"))).RootElement;

    private static List<JsonElement> Evidence(string reportDirectory) =>
        File.ReadAllLines(Path.Combine(reportDirectory, "evidence.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    /// <summary>The callbackUrl of every subscription the harness asked the VTN for.</summary>
    private static List<Uri> CallbackUrls(List<JsonElement> evidence) => evidence
        .Where(r => r.GetProperty("direction").GetString() == "request" && HttpField(r, "method") == "POST"
            && HttpField(r, "target")!.EndsWith("/subscriptions"))
        .SelectMany(r => JsonDocument.Parse(r.GetProperty("body").GetString()!).RootElement.GetProperty("objectOperations").EnumerateArray())
        .Select(o => new Uri(o.GetProperty("callbackUrl").GetString()!))
        .ToList();

    /// <summary>A field of a record's HTTP detail object; null for a record of another transport.</summary>
    private static string? HttpField(JsonElement record, string name) =>
        record.TryGetProperty("http", out var http) ? http.GetProperty(name).GetString() : null;
}
