namespace Conformance.OpenAdr3.Tests.VtnTests;

using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class EventsTests(VtnStorage storage) : VtnFixture(storage)
{
    [Test]
    public async Task Bl_creates_an_event_and_reads_it_back()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 2), CancellationToken.None);

        created.ObjectType.Should().Be(ObjectTypes.Event);
        var read = await bl.GetEventAsync(created.Id!, CancellationToken.None);
        read.Intervals![0].Payloads![0].Values![0].GetInt32().Should().Be(2);
    }

    [Test]
    public async Task Events_are_filtered_by_programID()
    {
        var first = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var second = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var wanted = await bl.CreateEventAsync(Samples.SimpleEvent(first.Id!, 1), CancellationToken.None);
        await bl.CreateEventAsync(Samples.SimpleEvent(second.Id!, 1), CancellationToken.None);

        var events = await bl.GetEventsAsync(first.Id, ct: CancellationToken.None);

        events.Should().ContainSingle().Which.Id.Should().Be(wanted.Id);
    }

    [Test]
    public async Task Event_for_an_unknown_program_is_409()
    {
        var act = () => bl.CreateEventAsync(Samples.SimpleEvent("no-such-program", 1), CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.Problem!.Detail.Should().StartWith("programID");
    }

    [Test]
    public async Task Ven_cannot_create_events()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        var act = () => ven.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);

        var problem = (await act.Should().ThrowAsync<ProblemException>()).Which;
        problem.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        problem.Problem!.Detail.Should().Contain("write_events");
    }

    [Test]
    public async Task Ven_sees_untargeted_events_and_those_targeting_what_bl_granted_it()
    {
        var grantedTarget = TestVtn.Unique("group");
        await bl.CreateVenAsync(new Ven
        {
            ObjectType = ObjectTypes.BlVenRequest,
            ClientId = TestVtn.OtherVen,
            VenName = TestVtn.Unique("granted-ven"),
            Targets = [grantedTarget],
        }, CancellationToken.None);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var open = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var granted = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 2, [grantedTarget, "hidden-target"]), CancellationToken.None);
        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 3, ["someone-else"]), CancellationToken.None);

        var grantedVen = await vtn.ConnectAsync(TestVtn.OtherVen);
        var otherVen = await vtn.ConnectAsync(TestVtn.Ven);
        var seenByGranted = await grantedVen.GetEventsAsync(program.Id, ct: CancellationToken.None);
        var seenByOther = await otherVen.GetEventsAsync(program.Id, ct: CancellationToken.None);

        seenByGranted.Select(e => e.Id).Should().BeEquivalentTo([open.Id, granted.Id]);
        seenByGranted.Single(e => e.Id == granted.Id).Targets.Should().Equal(grantedTarget);
        seenByOther.Select(e => e.Id).Should().BeEquivalentTo([open.Id]);
        (await bl.GetEventsAsync(program.Id, ct: CancellationToken.None)).Should().HaveCount(3);
    }

    [Test]
    public async Task Bl_updates_an_event_and_deletes_it()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);

        var updated = await bl.UpdateEventAsync(created.Id!, Samples.SimpleEvent(program.Id!, 4), CancellationToken.None);
        var deleted = await bl.DeleteEventAsync(created.Id!, CancellationToken.None);

        updated.Intervals![0].Payloads![0].Values![0].GetInt32().Should().Be(4);
        deleted.Id.Should().Be(created.Id);
        (await bl.GetEventsAsync(program.Id, ct: CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task Moving_an_event_to_an_unknown_program_is_409()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);

        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => bl.UpdateEventAsync(created.Id!, Samples.SimpleEvent("no-such-program", 1), CancellationToken.None));

        problem.Detail.Should().StartWith("programID");
    }

    [Test]
    public async Task Active_leaves_out_events_that_have_transpired()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var running = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        // User Guide 7.9: a start at the beginning of time and a zero duration cancels an event.
        var over = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1) with
        {
            IntervalPeriod = new IntervalPeriod { Start = OpenAdrTime.BeginningOfTime, Duration = "PT0S" },
        }, CancellationToken.None);

        var active = await bl.GetEventsAsync(new EventSearch { ProgramId = program.Id, Active = true });
        var all = await bl.GetEventsAsync(new EventSearch { ProgramId = program.Id, Active = false });

        active.Select(e => e.Id).Should().Equal(running.Id);
        all.Select(e => e.Id).Should().Equal(running.Id, over.Id);
    }

    [Test]
    public async Task Ven_cannot_update_or_delete_events()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.UpdateEventAsync(created.Id!, created, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => ven.DeleteEventAsync(created.Id!, CancellationToken.None));
    }
}
