using System.Security.Cryptography.X509Certificates;
using Conformance.Tls;

namespace Conformance.Cli.Tests;

/// <summary>
/// The files a VTN under test is certified with: the clients file the <c>vtn</c> command serves the harness's clients
/// from, and a system-under-test file naming the VTN's URL (http) and each harness client's secret, and the harness's
/// https webhook receivers' certificate (receiver.pem, its public part receiver-public.pem for the VTN to trust), as a
/// lab sets them up.
/// </summary>
internal static class VtnUnderTestFiles
{
    /// <summary>One receiver certificate for every test: a VTN double trusts it without reading a file.</summary>
    public static X509Certificate2 ReceiverCertificate { get; } = DevelopmentCertificates.CreateServerCertificate(["127.0.0.1"]);

    /// <summary>The receivers' public certificate beside a system-under-test file, for <c>vtn --callback-ca</c>.</summary>
    public static string ReceiverCertificateFile(string folder) => Path.Combine(folder, "receiver-public.pem");

    public static readonly string[] Clients = ["harness-business-logic", "harness-ven-1", "harness-ven-2", "harness-ven-3"];

    /// <summary>Every scenario that judges a VTN.</summary>
    public const string VtnScenarios = "@certifies:vtn";

    /// <returns>The folder holding clients.json and sut.json, and the path of sut.json.</returns>
    /// <param name="secretOf">The secret the system-under-test file gives a client (the VTN knows "{id}-secret").</param>
    /// <param name="path">The VTN's base path, e.g. "/openadr3/3.1.0" (the reference VTN serves at its root).</param>
    public static (string Folder, string Sut) Write(Func<string, string>? secretOf = null, string path = "")
    {
        var clients = Harness.WriteFile("clients.json", $$"""
            { "clients": [ {{string.Join(",\n", Clients.Select(id =>
                $$"""{ "clientId": "{{id}}", "clientSecret": "{{id}}-secret",""" +
                $$""" "role": "{{(id == "harness-business-logic" ? "businessLogic" : "ven")}}" }"""))}} ] }
            """);
        var folder = Path.GetDirectoryName(clients)!;
        CertificateFiles.WritePemWithKey(ReceiverCertificate, Path.Combine(folder, "receiver.pem"));
        CertificateFiles.WritePem(ReceiverCertificate, ReceiverCertificateFile(folder));
        var sut = Path.Combine(folder, "sut.json");
        File.WriteAllText(sut, $$"""
            {
              "name": "Reference VTN standing in for a third party",
              "roleUnderTest": "vtn",
              "capabilities": ["mqtt-notifications", "webhooks"],
              "openadr3": {
                "vtn": {
                  "url": "http://127.0.0.1:{{Harness.FreePort()}}{{path}}",
                  "clients": {
                    {{string.Join(",\n", Clients.Select(id => $$"""  "{{id}}": { "clientSecret": "{{(secretOf ?? (c => $"{c}-secret"))(id)}}" }"""))}}
                  }
                },
                "harness": { "callbacks": { "certificate": "receiver.pem" } }
              }
            }
            """);
        return (folder, sut);
    }

    /// <summary>The VTN's URL as the system-under-test file gives it.</summary>
    public static string Url(string sut) =>
        System.Text.RegularExpressions.Regex.Match(File.ReadAllText(sut), "\"url\": \"([^\"]+)\"").Groups[1].Value;
}
