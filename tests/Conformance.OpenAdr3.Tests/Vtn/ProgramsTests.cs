using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class ProgramsTests(VtnStorage storage) : VtnFixture(storage)
{
    [Test]
    public async Task Bl_creates_a_program_and_the_vtn_sets_its_metadata()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        created.Id.Should().NotBeNullOrEmpty();
        created.ObjectType.Should().Be(ObjectTypes.Program);
        OpenAdrTime.TryParse(created.CreatedDateTime, out _).Should().BeTrue();
        created.ModificationDateTime.Should().Be(created.CreatedDateTime);
    }

    [Test]
    public async Task Created_program_can_be_read_by_id_and_in_the_list()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        (await bl.GetProgramAsync(created.Id!, CancellationToken.None)).ProgramName.Should().Be(created.ProgramName);
        (await bl.GetProgramsAsync(CancellationToken.None)).Should().Contain(p => p.Id == created.Id);
    }

    [Test]
    public async Task Duplicate_programName_is_409()
    {
        var program = Samples.Program();
        await bl.CreateProgramAsync(program, CancellationToken.None);

        var act = () => bl.CreateProgramAsync(program, CancellationToken.None);

        var problem = (await act.Should().ThrowAsync<ProblemException>()).Which;
        problem.IsConflict.Should().BeTrue();
        problem.Problem!.Detail.Should().Contain("programName");
    }

    [Test]
    public async Task Unknown_program_id_is_404()
    {
        var act = () => bl.GetProgramAsync("no-such-program", CancellationToken.None);

        var problem = (await act.Should().ThrowAsync<ProblemException>()).Which;
        problem.IsNotFound.Should().BeTrue();
        problem.Problem!.Status.Should().Be(404);
    }

    [Test]
    public async Task Limit_above_50_is_400_naming_limit()
    {
        var act = () => bl.GetProgramsAsync(limit: 51);

        (await act.Should().ThrowAsync<ProblemException>()).Which.Problem!.Detail.Should().StartWith("limit");
    }

    [Test]
    public async Task Ven_cannot_create_programs()
    {
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        var act = () => ven.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var problem = (await act.Should().ThrowAsync<ProblemException>()).Which;
        problem.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        problem.Problem!.Detail.Should().Contain("write_programs");
    }

    [Test]
    public async Task Bl_updates_a_program_and_reads_the_update_back()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var updated = await bl.UpdateProgramAsync(created.Id!, Samples.Program(targets: ["group-1"]), CancellationToken.None);

        updated.Id.Should().Be(created.Id);
        updated.CreatedDateTime.Should().Be(created.CreatedDateTime);
        (await bl.GetProgramAsync(created.Id!, CancellationToken.None)).Targets.Should().Equal("group-1");
    }

    [Test]
    public async Task Renaming_a_program_to_a_taken_programName_is_409()
    {
        var taken = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var other = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => bl.UpdateProgramAsync(other.Id!, Samples.Program(taken.ProgramName), CancellationToken.None));

        problem.Detail.Should().StartWith("programName");
    }

    [Test]
    public async Task Update_keeping_its_own_programName_is_not_a_conflict()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var updated = await bl.UpdateProgramAsync(created.Id!, created with { Targets = ["t"] }, CancellationToken.None);

        updated.ProgramName.Should().Be(created.ProgramName);
    }

    [Test]
    public async Task Deleting_a_program_answers_it_and_it_is_gone()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var deleted = await bl.DeleteProgramAsync(created.Id!, CancellationToken.None);

        deleted.Id.Should().Be(created.Id);
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => bl.GetProgramAsync(created.Id!, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => bl.DeleteProgramAsync(created.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Update_of_an_unknown_program_is_404()
    {
        await Problems.ExpectAsync(HttpStatusCode.NotFound,
            () => bl.UpdateProgramAsync("no-such-program", Samples.Program(), CancellationToken.None));
    }

    [Test]
    public async Task Ven_cannot_update_or_delete_programs()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.UpdateProgramAsync(created.Id!, Samples.Program(), CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.DeleteProgramAsync(created.Id!, CancellationToken.None));
    }
}
