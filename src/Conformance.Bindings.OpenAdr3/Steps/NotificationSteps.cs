using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Observations;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>OpenADR 3.1 subscriptions: the VTN POSTs a notification to the subscriber's webhook on each change.</summary>
[Binding]
public sealed class NotificationSteps(
    GridDomain grid, EvidenceLog evidence, ScenarioLedger ledger, NotificationDriver notifications, GroupingDriver grouping,
    ScenarioCancellation cancellation)
{
    /// <summary>Evidence position before the scenario's latest change, and before its first one.</summary>
    private long _mark;
    private long? _firstMark;
    private EvidenceRecord? _lastNotification;
    private readonly Dictionary<Subscriber, EchoAnswer> _answers = [];
    private readonly List<SubscriptionAttempt> _attempts = [];

    [StepArgumentTransformation("(the business logic|VEN \"[^\"]+\")", Name = "subscriber")]
    public static Subscriber ToSubscriber(string text) => text == "the business logic" ? Subscriber.BusinessLogic : new Subscriber(text[5..^1]);

    [Given("{subscriber} has subscribed to {word} of {word} objects with a webhook")]
    public Task HasSubscribed(Subscriber subscriber, string operation, string objectType) =>
        notifications.SubscribeAsync(subscriber, operation, objectType, bearerToken: null);

    [Given("{subscriber} has subscribed to {word} of {word} objects with a webhook and bearer token {string}")]
    public Task HasSubscribedWithToken(Subscriber subscriber, string operation, string objectType, string token) =>
        notifications.SubscribeAsync(subscriber, operation, objectType, token);

    [Given("the business logic has published event {string} for all VENs")]
    [When("the business logic publishes event {string} for all VENs")]
    public async Task TheBusinessLogicPublishes(string eventName)
    {
        MarkChange();
        await grouping.PublishEventAsync(eventName, targets: null);
    }

    [When("the business logic publishes event {string} targeted at group {string}")]
    public async Task TheBusinessLogicPublishesTargeted(string eventName, string group)
    {
        MarkChange();
        await grouping.PublishEventAsync(eventName, [group]);
    }

    [When("the business logic creates program {string}")]
    public async Task TheBusinessLogicCreatesAProgram(string programName)
    {
        MarkChange();
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        await VtnAnswers.Accepted(bl.CreateProgramAsync(new Program { ProgramName = grid.Names.Wire(programName) }),
            $"the VTN to accept program {grid.Names.Quote(programName)}");
    }

    [When("VEN {string} posts a report on event {string}")]
    public async Task AVenPostsAReport(string venName, string eventName)
    {
        MarkChange();
        var evt = grouping.Published(eventName);
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        await VtnAnswers.Accepted(ven.CreateReportAsync(new Report
        {
            EventId = evt.Id,
            ClientName = venName,
            ReportName = $"{venName}-{eventName}",
            Resources = [new ReportResource { ResourceName = venName,
                Intervals = [new Interval { Id = 0, Payloads = [ValuesMap.Of("SIMPLE_LEVEL", 1)] }] }],
        }), $"the VTN to accept VEN '{venName}''s report on event '{eventName}'");
    }

    [Then("the VTN notifies the webhook of {subscriber} of the {word} of event {string} within {duration}")]
    public Task NotifiedOfEvent(Subscriber subscriber, string operation, string eventName, TimeSpan within) =>
        ExpectNotificationAsync(subscriber, operation, "EVENT", $"event {grid.Names.Quote(eventName)}",
            o => NotificationDriver.Text(o, "eventName") == grid.Names.Wire(eventName), within);

    [Then("the VTN notifies the webhook of {subscriber} of the {word} of program {string} within {duration}")]
    public Task NotifiedOfProgram(Subscriber subscriber, string operation, string programName, TimeSpan within) =>
        ExpectNotificationAsync(subscriber, operation, "PROGRAM", $"program {grid.Names.Quote(programName)}",
            o => NotificationDriver.Text(o, "programName") == grid.Names.Wire(programName), within);

    [Then("the VTN notifies the webhook of {subscriber} of the {word} of a report on event {string} within {duration}")]
    public Task NotifiedOfReport(Subscriber subscriber, string operation, string eventName, TimeSpan within)
    {
        var eventId = grouping.Published(eventName).Id;
        return ExpectNotificationAsync(subscriber, operation, "REPORT", $"a report on event '{eventName}'",
            o => NotificationDriver.Text(o, "eventID") == eventId, within);
    }

    [Then("the notification carries bearer token {string}")]
    public void TheNotificationCarriesTheToken(string token)
    {
        var notification = _lastNotification ?? throw new InvalidOperationException("no notification has been checked in this scenario yet");
        var sent = notification.Http!.Headers.FirstOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        // Evidence holds the token as the binding's policy redacts it: compare like with like.
        var expected = OpenAdrEvidencePolicy.Instance.Header("Authorization", $"Bearer {token}");
        if (sent != expected)
            throw Judge.Fail($"notification #{notification.Seq} to carry the subscription's bearer token ({expected})",
                sent is null ? "it carried no Authorization header" : $"it carried '{sent}'");
    }

    [Then("the webhook of {subscriber} received no notification of event {string}")]
    public void NoNotificationOfEvent(Subscriber subscriber, string eventName)
    {
        var leaked = evidence.Snapshot().Where(r => r.Seq > (_firstMark ?? _mark) && notifications.IsNotificationTo(subscriber, r)
            && NotificationDriver.Text(NotificationDriver.Read(r).Object, "eventName") == grid.Names.Wire(eventName)).ToList();
        if (leaked.Count > 0)
            throw Judge.Fail($"{subscriber} not to be notified of event '{eventName}', which it may not read",
                $"it was: {string.Join("; ", leaked.Select(r => r.Summary))}");
    }

    // Definition.md (3.1.0, Webhooks), the sentences the callback-verification scenarios cite.
    private const string EchoRule = "Definition.md (Webhooks): \"the VTN MUST send a GET request to the provided callback URL that includes a " +
        "challenge, a query string parameter named 'echo', with random generated string value\"";
    private const string RefusalRule = "Definition.md (Webhooks): \"In case when the validation fails, the VTN MUST NOT allow creation of the " +
        "subscription\"";
    private const string HttpsRule = "Definition.md (Webhooks): \"The VTN MUST validate that an HTTPS schema is used for the callback URL of the " +
        "webhook subscription that is created and/or updated\"";

    [Given("the webhook of {subscriber} answers the echo challenge with a wrong value")]
    public void AnswersWrongly(Subscriber subscriber) => _answers[subscriber] = EchoAnswer.WrongValue;

    [Given("the webhook of {subscriber} does not answer the echo challenge")]
    public void StaysSilent(Subscriber subscriber) => _answers[subscriber] = EchoAnswer.Silent;

    [When("{subscriber} subscribes to {word} of {word} objects with a webhook")]
    public async Task Subscribes(Subscriber subscriber, string operation, string objectType) =>
        _attempts.Add(await notifications.AttemptAsync(subscriber, operation, objectType, _answers.GetValueOrDefault(subscriber), plainHttp: false));

    [When("{subscriber} subscribes to {word} of {word} objects with a webhook over plain http")]
    public async Task SubscribesOverHttp(Subscriber subscriber, string operation, string objectType) =>
        _attempts.Add(await notifications.AttemptAsync(subscriber, operation, objectType, _answers.GetValueOrDefault(subscriber), plainHttp: true));

    [Then("the VTN sent the webhook an echo challenge before it answered the subscription")]
    public void SentAnEchoChallenge()
    {
        var attempt = LastAttempt();
        if (attempt.EchoesToTheCallback.Any()) return;
        var answered = attempt.Answered is { } a ? $"it answered {a.Summary}" : "it did not answer within the harness's timeout";
        var sent = attempt.Challenges.Count == 0 ? "sent no GET to the webhook before"
            : $"sent only {string.Join("; ", attempt.Challenges.Select(r => r.Summary))}, not to the callback URL with an echo value, before";
        throw Judge.Fail(
            $"the VTN to send GET {attempt.Callback}?echo=<random> before answering subscription request {attempt.Request.Summary} ({EchoRule})",
            $"it {sent} {answered}");
    }

    [Then("the VTN accepted the subscription")]
    public void AcceptedTheSubscription()
    {
        var attempt = LastAttempt();
        if (attempt.Accepted) return;
        throw Judge.Fail($"the VTN to allow subscription request {attempt.Request.Summary}, whose webhook answered its echo challenge",
            attempt.Answered is { } a ? $"it answered {a.Summary}: {a.Body}" : "it did not answer within the harness's timeout");
    }

    [Then("each echo challenge carried a different value")]
    public void EachChallengeDiffered()
    {
        var echoes = _attempts.SelectMany(a => a.EchoesToTheCallback).ToList();
        var repeated = echoes.GroupBy(e => e.Echo).FirstOrDefault(g => g.Count() > 1);
        if (repeated is null) return;
        throw Judge.Fail($"a random generated value in each echo challenge ({EchoRule})",
            $"{string.Join(" and ", repeated.Select(e => $"#{e.Record.Seq}"))} all carried echo={repeated.Key}");
    }

    [Then("the VTN refused the subscription")]
    public void RefusedTheSubscription()
    {
        var attempt = LastAttempt();
        if (attempt.Answered is null)
            throw Judge.Inconclusive($"the VTN did not answer subscription request {attempt.Request.Summary} within the harness's timeout, " +
                "so whether it allowed it is not known");
        if (!attempt.Accepted) return;
        var (rule, because) = attempt.Callback.Scheme == Uri.UriSchemeHttp
            ? (HttpsRule, $"its callback URL {attempt.Callback} is http")
            : (RefusalRule, attempt.EchoesToTheCallback.Select(e => e.Record).FirstOrDefault() is { } challenge
                ? $"its webhook {(attempt.Answer == EchoAnswer.Silent ? "never answered" : "answered another value to")} challenge #{challenge.Seq}"
                : "its webhook was never challenged");
        throw Judge.Fail($"the VTN to refuse subscription request {attempt.Request.Summary}, because {because} ({rule})",
            $"it allowed it: {attempt.Answered.Summary}");
    }

    private SubscriptionAttempt LastAttempt() =>
        _attempts.LastOrDefault() ?? throw new InvalidOperationException("no subscription has been asked for in this scenario yet");

    private void MarkChange()
    {
        _mark = notifications.Mark();
        _firstMark ??= _mark;
    }

    private async Task ExpectNotificationAsync(Subscriber subscriber, string operation, string objectType, string what,
        Func<System.Text.Json.JsonElement, bool> isTheObject, TimeSpan within)
    {
        var change = evidence.Snapshot().First(r => r.Seq > _mark && r.IsVtnAnswer() && r.Http!.Status is 201 or 200);
        var notification = await Expect.MessageAsync(evidence,
            $"the VTN to POST a {operation} {objectType} notification of {what} to {subscriber}'s webhook " +
            $"({notifications.CallbackPath(subscriber)}) within {Expect.Describe(within)} of the change " +
            $"(#{change.Seq} at t={Expect.Seconds(change.Time)} s)",
            r => notifications.IsNotificationTo(subscriber, r) && NotificationDriver.Read(r) is var (type, op, obj) && type == objectType
                && op == operation && isTheObject(obj),
            _mark, change.Time + within, Expect.Grace(within), r => notifications.IsNotificationTo(subscriber, r));
        _lastNotification = notification;
        ledger.Check(Measurement.Duration($"time from the change (#{change.Seq}) to the notification (#{notification.Seq})",
                notification.Time - change.Time, within, LimitKind.AtMost, evidence.Clock.Setting),
            $"deadline t={Expect.Seconds(change.Time + within)} s, notified at t={Expect.Seconds(notification.Time)} s by {notification.Summary}");
    }
}
