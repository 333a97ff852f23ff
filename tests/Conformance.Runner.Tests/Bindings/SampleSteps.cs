using System.Globalization;
using Conformance.Model.Verdicts;
using Reqnroll;

namespace Conformance.Runner.Tests.Bindings;

public sealed class Basket
{
    public int Apples { get; set; }
    public List<Item> Items { get; } = [];
    public string? Note { get; set; }
    public bool HookRan { get; set; }
}

public sealed record Item(string Name, int Grams);

[Binding]
public sealed class SampleSteps(Basket basket)
{
    public static List<string> AfterScenarioLog { get; } = [];

    [StepArgumentTransformation(@"(\d+) g", Name = "grams")]
    public static int Grams(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    [BeforeScenario("hooked")]
    public void MarkHook() => basket.HookRan = true;

    [AfterScenario]
    public static void Log(ScenarioContext context) => AfterScenarioLog.Add(context.ScenarioInfo.Title);

    [Given("a basket with {int} apples")]
    public void ABasketWith(int apples) => basket.Apples = apples;

    [When("I eat {int} apple(s)")]
    public void IEat(int apples) => basket.Apples -= apples;

    [Then("the basket holds {int} apples")]
    public void TheBasketHolds(int apples)
    {
        if (basket.Apples != apples) throw Judge.Fail($"{apples} apples", $"the basket holds {basket.Apples}");
    }

    [Given("the following items:")]
    public void TheFollowingItems(DataTable table) =>
        basket.Items.AddRange(table.Rows.Select(r => new Item(r["name"], Grams(r["weight"].Replace(" g", "")))));

    [Then("the items weigh {grams} in all")]
    public void TheItemsWeigh(int grams) => basket.Items.Sum(i => i.Grams).Should().Be(grams);

    [Given("a note:")]
    public void ANote(string note) => basket.Note = note;

    [Then("the note says {string}")]
    public void TheNoteSays(string note) => basket.Note.Should().Be(note);

    [Given("an ambiguous step")]
    public void AmbiguousOne() { }

    [Given("an ambiguous step")]
    public void AmbiguousTwo() { }

    [Then("the check is inconclusive")]
    public void Inconclusive() => throw Judge.Inconclusive("the system under test does not declare capability 'webhooks'");

    [Then("the harness breaks")]
    public void Breaks() => throw new InvalidOperationException("socket closed by the harness");

    [Then("the hook has run")]
    public void TheHookHasRun() => basket.HookRan.Should().BeTrue();
}
