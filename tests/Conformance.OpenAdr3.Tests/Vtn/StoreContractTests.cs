using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// What every <see cref="IObjectStore{T}"/> backend promises the endpoints, checked on the stores themselves with
/// real threads: writes are atomic, so no update is lost and a unique name is taken once.
/// </summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
public class StoreContractTests(VtnStorage storage) : StoreTests(storage)
{
    private const int Writers = 16;

    [Test]
    public void Concurrent_updates_each_start_from_the_one_before()
    {
        var programs = Programs();
        var counter = programs.Create(Samples.Program(name: $"{TestVtn.Unique("counter")}:0")).Value!;

        var results = Concurrently.Run(Writers, _ => programs.Update(counter.Id!, p => p with { ProgramName = Increment(p.ProgramName!) }));

        results.Should().OnlyContain(r => r.Outcome == StoreOutcome.Done);
        programs.Find(counter.Id!)!.ProgramName.Should().EndWith($":{Writers}");
    }

    [Test]
    public void Concurrent_creates_of_one_name_store_it_once()
    {
        var programs = Programs();
        var name = TestVtn.Unique("program");

        var results = Concurrently.Run(Writers, _ => programs.Create(Samples.Program(name)).Outcome);

        results.Count(r => r == StoreOutcome.Done).Should().Be(1);
        results.Count(r => r == StoreOutcome.Conflict).Should().Be(Writers - 1);
        programs.All().Count(p => p.ProgramName == name).Should().Be(1);
    }

    [Test]
    public void Concurrent_renames_to_one_name_let_one_through()
    {
        var programs = Programs();
        var name = TestVtn.Unique("program");
        var ids = Enumerable.Range(0, Writers).Select(_ => programs.Create(Samples.Program()).Value!.Id!).ToList();

        var results = Concurrently.Run(Writers, i => programs.Update(ids[i], p => p with { ProgramName = name }).Outcome);

        results.Count(r => r == StoreOutcome.Done).Should().Be(1);
        programs.All().Count(p => p.ProgramName == name).Should().Be(1);
    }

    [Test]
    public void Concurrent_deletes_of_one_object_answer_it_once()
    {
        var programs = Programs();
        var id = programs.Create(Samples.Program()).Value!.Id!;

        var deleted = Concurrently.Run(Writers, _ => programs.Delete(id));

        deleted.Count(d => d is not null).Should().Be(1);
        programs.Find(id).Should().BeNull();
    }

    [Test]
    public void All_lists_in_creation_order_and_an_update_keeps_the_place()
    {
        var programs = Programs();
        var ids = Enumerable.Range(0, 3).Select(_ => programs.Create(Samples.Program()).Value!.Id!).ToList();

        programs.Update(ids[0], p => p with { Targets = ["moved?"] });
        programs.Delete(ids[1]);
        var last = programs.Create(Samples.Program()).Value!.Id!;

        programs.All().Select(p => p.Id).Where(ids.Append(last).Contains).Should().Equal(ids[0], ids[2], last);
    }

    [Test]
    public void Resource_names_are_unique_within_their_ven_only()
    {
        var resources = Resources();
        var name = TestVtn.Unique("resource");

        resources.Create(new Resource { VenId = "ven-a", ResourceName = name }).Outcome.Should().Be(StoreOutcome.Done);
        resources.Create(new Resource { VenId = "ven-b", ResourceName = name }).Outcome.Should().Be(StoreOutcome.Done);
        resources.Create(new Resource { VenId = "ven-a", ResourceName = name }).Outcome.Should().Be(StoreOutcome.Conflict);
    }

    [Test]
    public void Update_of_a_missing_object_is_not_found_and_a_conflicting_one_changes_nothing()
    {
        var programs = Programs();
        var taken = programs.Create(Samples.Program()).Value!;
        var other = programs.Create(Samples.Program()).Value!;

        programs.Update("no-such-id", p => p).Outcome.Should().Be(StoreOutcome.NotFound);
        programs.Update(other.Id!, p => p with { ProgramName = taken.ProgramName }).Outcome.Should().Be(StoreOutcome.Conflict);
        programs.Find(other.Id!).Should().BeEquivalentTo(other);
    }

    private static string Increment(string name)
    {
        var colon = name.LastIndexOf(':');
        return $"{name[..colon]}:{int.Parse(name[(colon + 1)..]) + 1}";
    }
}
