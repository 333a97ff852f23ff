using System.Globalization;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Quantities;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>Dynamic capacity management (User Guide 8.10.2): capacity events to a customer's VEN, capacity requests back.</summary>
[Binding]
public sealed class CapacitySteps(
    GridDomain grid, ProgramDriver programs, PublicationDriver publications, ReportDriver reports, AnswerTrail trail,
    ScenarioCancellation cancellation)
{
    [Given("the business logic has announced to group {string} a capacity subscription of {power} in event {string}")]
    [When("the business logic announces to group {string} a capacity subscription of {power} in event {string}")]
    public Task AnnouncesASubscription(string group, Power capacity, string eventName) =>
        publications.PublishAsync(eventName,
            CapacityManagement.SubscriptionEvent(programs.Latest.Id!, eventName, group, (decimal)capacity.Kilowatts, grid.Now));

    [Given("the business logic has published to group {string} capacity reservation event {string}:")]
    [When("the business logic publishes to group {string} capacity reservation event {string}:")]
    public Task PublishesAReservation(string group, string eventName, DataTable intervals) =>
        publications.PublishAsync(eventName, CapacityManagement.Announcement(programs.Latest.Id!, eventName, group,
            CapacityManagement.Reservation, CapacityManagement.ReservationFee, Intervals(intervals, "fee")));

    [Given("the business logic has published to group {string} capacity available event {string}:")]
    [When("the business logic publishes to group {string} capacity available event {string}:")]
    public Task PublishesAvailableCapacity(string group, string eventName, DataTable intervals) =>
        publications.PublishAsync(eventName, CapacityManagement.Announcement(programs.Latest.Id!, eventName, group,
            CapacityManagement.Available, CapacityManagement.AvailablePrice, Intervals(intervals, "price")));

    [When("VEN {string} requests on event {string} extra import capacity for resource {string}:")]
    public async Task RequestsCapacity(string venName, string eventName, string resourceName, DataTable intervals)
    {
        var id = publications.Stored(eventName).Id!;
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        var evt = await VtnAnswers.Accepted(ven.GetEventAsync(id),
            $"the VTN to give VEN '{venName}' event '{eventName}' (GET /events/{id}) to request capacity on it");
        if (evt.ReportDescriptors?.Any(d => d.PayloadType == CapacityManagement.RequestedCapacity) != true)
            throw Judge.Fail($"event '{eventName}' as VEN '{venName}' read it to ask for capacity requests ({CapacityManagement.RequestedCapacity})",
                $"its report descriptors ask for [{string.Join(", ", (evt.ReportDescriptors ?? []).Select(d => d.PayloadType))}]");
        await reports.SendAsync(venName, CapacityManagement.Request(evt, venName, resourceName, Intervals(intervals, "fee")),
            $"VEN '{venName}''s capacity request on event '{eventName}'");
    }

    [Then("the business logic reads the capacity request of VEN {string} on event {string} as the VEN sent it:")]
    public async Task ReadsTheCapacityRequest(string venName, string eventName, DataTable intervals)
    {
        var stored = publications.Stored(eventName);
        var mark = trail.Mark();
        var report = await reports.ReadBackAsync(venName, eventName, stored.Id!);
        var expected = CapacityManagement.Request(stored, venName, "", Intervals(intervals, "fee")).Resources![0].Intervals!.ToList();
        var read = report.Resources?.SelectMany(r => r.Intervals ?? []).ToList() ?? [];
        var differences = WireComparison.Differences(expected, read);
        if (differences.Count > 0)
            throw Judge.Fail($"the capacity request {report.Id} as the business logic reads it to ask for " +
                $"{string.Join(", ", intervals.Rows.Select(r => $"{r["capacity"]} at {r["fee"]} USD/kW from {r["start"]} for {r["duration"]}"))}",
                $"{WireComparison.Describe(differences)} {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
    }

    /// <summary>Rows of start, duration, capacity ("10 kW") and a fee or price per kW in USD.</summary>
    private static List<CapacityInterval> Intervals(DataTable table, string feeColumn) =>
        [.. table.Rows.Select(r => new CapacityInterval(r["start"], r["duration"], (decimal)Power.Parse(r["capacity"]).Kilowatts,
            decimal.TryParse(r[feeColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var fee)
                ? fee
                : throw new FormatException($"capacity table, column '{feeColumn}': '{r[feeColumn]}' is not a number")))];
}
