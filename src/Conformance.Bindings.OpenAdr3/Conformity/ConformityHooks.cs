using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>
/// Hands a scenario the findings its exchanges made (<see cref="RunFindings"/>), and at its end those of the notifications
/// the VTN sent in it (webhook calls, MQTT publications: read leniently by the steps, checked here against openadr3.yaml's
/// notification): the scenario's verdict is its steps', the findings stand beside it in every report.
/// </summary>
[Binding]
public sealed class ConformityHooks(GridDomain grid, ScenarioLedger ledger)
{
    [AfterStep]
    public void NoteFindings()
    {
        foreach (var finding in grid.Findings.Take(ledger.ScenarioId)) ledger.Note(finding);
    }

    [AfterScenario]
    public async Task NoteNotificationFindingsAsync()
    {
        var notifications = grid.Evidence.ForScenario(ledger.ScenarioId).Where(r => r.IsNotification()).ToList();
        var check = notifications.Count > 0 ? new AnswerCheck(await OpenAdrSpec.LoadAsync()) : null;
        foreach (var record in notifications)
        {
            var body = record.Body ?? "";
            foreach (var violation in check!.CheckNotification(body))
                grid.Findings.Note(record.Scenario, new Finding(violation.Rule, $"the notification: {violation.Message}", record.Seq,
                    violation.JsonPath.Length == 0 ? null : violation.JsonPath));
            try
            {
                LenientJson.Normalize<Notification>(body, out var deviations);
                foreach (var deviation in deviations)
                    grid.Findings.Note(record.Scenario, new Finding(deviation.Rule, deviation.Message, record.Seq, deviation.Path));
            }
            catch (System.Text.Json.JsonException)
            {
                // Not JSON: the schema check above has said so.
            }
        }
        NoteFindings();
    }
}
