using System.Text.Json;
using Conformance.Cli.Commands;

namespace Conformance.Cli.Tests;

/// <summary>
/// Runs that repeat against one VTN: the reference VTN served standalone by the <c>vtn</c> command (its objects kept in
/// a SQLite file, as a lab's VTN keeps them) is certified twice in a row with <c>run --sut</c>; what the first run
/// left behind, or did not, must not change a verdict of the second.
/// </summary>
public class RepeatedRunTests
{
    [Test]
    public async Task Two_runs_in_a_row_against_one_vtn_give_the_same_verdicts_scenario_by_scenario()
    {
        var (folder, sut) = VtnUnderTestFiles.Write();
        await using var vtn = await VtnCommandTests.RunningVtn.StartAsync(
            new VtnRequest(VtnUnderTestFiles.Url(sut), Path.Combine(folder, "clients.json"))
            {
                Database = Path.Combine(folder, "vtn.db"),
                MqttPort = 0,
                CallbackCa = VtnUnderTestFiles.ReceiverCertificateFile(folder),
            }, workingDirectory: folder);

        var first = await VerdictsAsync(sut);
        var second = await VerdictsAsync(sut);

        first.Values.Select(v => v.Verdict).Should().OnlyContain(v => v == "pass", Described(first));
        second.ToDictionary(s => s.Key, s => s.Value.Verdict).Should().Equal(first.ToDictionary(s => s.Key, s => s.Value.Verdict),
            $"a second run against the same VTN judges it the same way; {Described(second)}");
    }

    /// <summary>Every scenario's verdict of one run, by the scenario's id.</summary>
    internal static async Task<IReadOnlyDictionary<string, (string Verdict, string? Message)>> VerdictsAsync(string sut, string? tags = null)
    {
        var (outcome, console) = await Harness.RunAsync(tags: tags ?? VtnUnderTestFiles.VtnScenarios, sut: sut);
        outcome.ReportDirectory.Should().NotBeNull(console);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outcome.ReportDirectory!, "summary.json")));
        return summary.RootElement.GetProperty("scenarios").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => (s.GetProperty("verdict").GetString()!, s.GetProperty("message").GetString()));
    }

    /// <summary>The scenarios that did not pass, with their messages, for a failure's text.</summary>
    internal static string Described(IReadOnlyDictionary<string, (string Verdict, string? Message)> verdicts) => string.Join("\n",
        verdicts.Where(v => v.Value.Verdict != "pass").Select(v => $"{v.Key}: {v.Value.Verdict}: {v.Value.Message}"));
}
