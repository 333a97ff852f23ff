using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Many parallel requests through the real VTN. A PUT replaces the whole object, so of concurrent PUTs the one
/// applied last decides the object; "no update is lost" means every PUT is applied in some order, each on top of
/// the one before: the object ends as the last one left it, and what a PUT carries over from the stored object
/// (a ven's targets on a VEN_VEN_REQUEST, decision 10) is what the PUT before it wrote, never an older state.
/// </summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class ConcurrencyTests(VtnStorage storage) : VtnFixture(storage)
{
    private const int Requests = 16;

    [Test]
    public async Task Concurrent_creates_of_one_programName_give_one_201_and_409s()
    {
        var program = Samples.Program();

        var outcomes = await Task.WhenAll(
            Enumerable.Range(0, Requests).Select(_ => StatusOf(HttpStatusCode.Created, () => bl.CreateProgramAsync(program))));

        outcomes.Count(s => s == HttpStatusCode.Created).Should().Be(1);
        outcomes.Count(s => s == HttpStatusCode.Conflict).Should().Be(Requests - 1);
    }

    [Test]
    public async Task Concurrent_renames_to_one_venName_give_one_200_and_409s()
    {
        var name = TestVtn.Unique("ven");
        var vens = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => bl.CreateVenAsync(Samples.BlVen(TestVtn.OtherVen))));

        var outcomes = await Task.WhenAll(vens.Select(v =>
            StatusOf(HttpStatusCode.OK, () => bl.UpdateVenAsync(v.Id!, v with { ObjectType = ObjectTypes.BlVenRequest, VenName = name }))));

        outcomes.Count(s => s == HttpStatusCode.OK).Should().Be(1);
        outcomes.Count(s => s == HttpStatusCode.Conflict).Should().Be(Requests - 1);
    }

    [Test]
    public async Task Concurrent_creates_of_distinct_objects_all_persist()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => bl.CreateProgramAsync(Samples.Program())));

        var read = await Task.WhenAll(created.Select(p => bl.GetProgramAsync(p.Id!)));

        read.Select(p => p.ProgramName).Should().Equal(created.Select(p => p.ProgramName));
        created.Select(p => p.Id).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task Concurrent_puts_on_one_program_all_apply_and_the_last_applied_stays()
    {
        var program = await bl.CreateProgramAsync(Samples.Program());

        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(i =>
            bl.UpdateProgramAsync(program.Id!, Samples.Program(targets: [$"put-{i}"]))));

        answers.Select(a => a.Targets!.Single()).Should().BeEquivalentTo(Enumerable.Range(0, Requests).Select(i => $"put-{i}"));
        var final = await bl.GetProgramAsync(program.Id!);
        answers.Should().ContainEquivalentOf(final, "the program is what one of the PUTs made it, not a mix of them");
        // The store stamps the time as it applies a PUT, so the PUT applied last carries the latest time.
        final.ModificationDateTime.Should().Be(answers.Select(a => a.ModificationDateTime).Max(StringComparer.Ordinal));
        final.CreatedDateTime.Should().Be(program.CreatedDateTime);
    }

    [Test]
    public async Task A_ven_put_racing_bl_grants_never_undoes_a_grant()
    {
        var venObject = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven));

        for (var round = 0; round < 3; round++)
        {
            var grant = TestVtn.Unique("grant");
            var puts = Enumerable.Range(0, Requests).Select(i => i == Requests / 2
                ? bl.UpdateVenAsync(venObject.Id!, venObject with { ObjectType = ObjectTypes.BlVenRequest, Targets = [grant] })
                : ven.UpdateVenAsync(venObject.Id!, Samples.VenVen(venObject.VenName)));
            await Task.WhenAll(puts);

            (await bl.GetVenAsync(venObject.Id!)).Targets.Should().Equal([grant], "round {0}", round);
        }
    }

    /// <summary>The status <paramref name="call"/> was answered with; the client reports only failures' statuses.</summary>
    private static async Task<HttpStatusCode> StatusOf(HttpStatusCode success, Func<Task> call)
    {
        try
        {
            await call();
            return success;
        }
        catch (ProblemException problem)
        {
            return problem.StatusCode;
        }
    }
}
