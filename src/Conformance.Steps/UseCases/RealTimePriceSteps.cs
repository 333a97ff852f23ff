using System.Globalization;
using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;
using Conformance.Steps.Support;
using Reqnroll;

namespace Conformance.Steps.UseCases;

/// <summary>IEC TR 62746-2 WGSP 2112: real-time prices from the energy service provider reach the customer's energy manager.</summary>
[Binding]
public sealed class RealTimePriceSteps(
    IEnergyServiceProvider provider, ICustomerEnergyManager cem, EvidenceLog evidence, ScenarioLedger ledger, ScenarioCancellation cancellation)
{
    private readonly List<(SignalHandle Signal, EvidenceRecord Publication)> _published = [];

    /// <summary>Publishes the price of each hour of the day one hour before it applies, waiting an hour on the run clock between them.</summary>
    [When("the VTN publishes each hour's price an hour ahead, for 24 hours:")]
    public async Task TheVtnPublishesEachHoursPrice(DataTable prices)
    {
        var hourly = HourlyPrices(prices);
        var time = evidence.Clock.Time;
        for (var hour = 0; hour < hourly.Length; hour++)
        {
            if (hour > 0) await Task.Delay(TimeSpan.FromHours(1), time, cancellation.Token);
            var applies = time.GetUtcNow() + TimeSpan.FromHours(1);
            var signal = new GridSignal($"Price {hour:00}:00", "Real-time-price", SignalKind.Price,
                [new SignalInterval(applies, TimeSpan.FromHours(1), hourly[hour])], Unit: "EUR", Reply: null);
            var publication = await provider.PublishAsync(signal, cancellation.Token);
            _published.Add((publication.Value!, publication.Record!));
        }
    }

    [Then("the VEN retrieves every price within its polling interval")]
    public async Task TheVenRetrievesEveryPrice()
    {
        foreach (var (signal, publication) in _published)
            await Retrieval.JudgeAsync(
                cem, evidence, ledger, signal, publication, $"the price '{signal.Signal.Name}' (id {signal.Id})", cancellation.Token);
    }

    /// <summary>The table's hour ranges ("07:00-09:00") spread over the 24 hours of the day; every hour must have exactly one price.</summary>
    private static decimal[] HourlyPrices(DataTable table)
    {
        var prices = new decimal?[24];
        foreach (var row in table.Rows)
        {
            var range = row[0].Split('-', StringSplitOptions.TrimEntries);
            var (from, to) = (int.Parse(range[0][..2], CultureInfo.InvariantCulture), int.Parse(range[1][..2], CultureInfo.InvariantCulture));
            var price = decimal.Parse(row[1], CultureInfo.InvariantCulture);
            for (var hour = from; hour < to; hour++)
                prices[hour] = prices[hour] is null ? price : throw new ArgumentException($"hour {hour:00}:00 has two prices in the table");
        }
        return [.. prices.Select((p, hour) => p ?? throw new ArgumentException($"hour {hour:00}:00 has no price in the table"))];
    }
}
