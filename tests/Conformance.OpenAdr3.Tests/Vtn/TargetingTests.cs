using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Definition.md, Object Privacy (targeting) and User Guide 8.13 Dynamic Targeting: BL grants targets through a
/// VEN's ven and resource objects; a VEN reads a targeted program or event only through granted targets, and
/// sees only those targets of it. Every test uses its own target names, so grants made by others do not matter.
/// </summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class TargetingTests(VtnStorage storage) : VtnFixture(storage)
{
    [Test]
    public async Task Ven_reads_an_event_targeted_at_its_ven_without_naming_targets()
    {
        var target = TestVtn.Unique("ven_0999");
        await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, [target, TestVtn.Unique("group1")]), CancellationToken.None);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1, [target]), CancellationToken.None);

        var seen = await ven.GetEventsAsync(program.Id, ct: CancellationToken.None);

        seen.Should().ContainSingle().Which.Targets.Should().Equal(target);
        (await ven.GetEventAsync(evt.Id!, CancellationToken.None)).Targets.Should().Equal(target);
    }

    [Test]
    public async Task Ven_reads_an_event_targeted_at_one_of_its_resources()
    {
        var target = TestVtn.Unique("resource_0999");
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), CancellationToken.None);
        await bl.CreateResourceAsync(Samples.BlResource(granted, [target]), CancellationToken.None);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1, [target]), CancellationToken.None);

        (await ven.GetEventsAsync(program.Id, ct: CancellationToken.None)).Should().ContainSingle();
    }

    [Test]
    public async Task Naming_targets_that_were_not_granted_reveals_nothing()
    {
        var target = TestVtn.Unique("group");
        var program = await bl.CreateProgramAsync(Samples.Program(targets: [target]), CancellationToken.None);
        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1, [target]), CancellationToken.None);

        (await ven.GetProgramsAsync(new ProgramSearch { Targets = [target] })).Should().BeEmpty();
        (await ven.GetEventsAsync(new EventSearch { ProgramId = program.Id, Targets = [target] })).Should().BeEmpty();
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetProgramAsync(program.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Targets_query_narrows_what_a_ven_reads_and_hides_the_other_targets()
    {
        string east = TestVtn.Unique("east"), west = TestVtn.Unique("west"), secret = TestVtn.Unique("secret");
        await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, [east, west]), CancellationToken.None);
        var eastOnly = await bl.CreateProgramAsync(Samples.Program(targets: [east, secret]), CancellationToken.None);
        var both = await bl.CreateProgramAsync(Samples.Program(targets: [east, west]), CancellationToken.None);
        await bl.CreateProgramAsync(Samples.Program(targets: [west]), CancellationToken.None);

        var seen = await ven.GetProgramsAsync(new ProgramSearch { Targets = [east] });

        seen.Select(p => p.Id).Should().Equal(eastOnly.Id, both.Id);
        seen.Should().AllSatisfy(p => p.Targets.Should().Equal(east));
    }

    [Test]
    public async Task Targets_query_leaves_out_untargeted_programs()
    {
        var target = TestVtn.Unique("group");
        await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, [target]), CancellationToken.None);
        var untargeted = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        (await ven.GetProgramsAsync(new ProgramSearch { Targets = [target] })).Should().NotContain(p => p.Id == untargeted.Id);
        (await ven.GetProgramsAsync(CancellationToken.None)).Should().Contain(p => p.Id == untargeted.Id);
    }

    [Test]
    public async Task Bl_filters_by_targets_and_sees_every_target()
    {
        string group = TestVtn.Unique("group"), other = TestVtn.Unique("other");
        var wanted = await bl.CreateProgramAsync(Samples.Program(targets: [group, other]), CancellationToken.None);
        await bl.CreateProgramAsync(Samples.Program(targets: [other]), CancellationToken.None);

        var found = await bl.GetProgramsAsync(new ProgramSearch { Targets = [group] });

        found.Should().ContainSingle().Which.Targets.Should().Equal(group, other);
        found[0].Id.Should().Be(wanted.Id);
    }

    [Test]
    public async Task Bl_filters_vens_by_targets()
    {
        var group = TestVtn.Unique("group");
        var wanted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.OtherVen, [group]), CancellationToken.None);
        await bl.CreateVenAsync(Samples.BlVen(TestVtn.OtherVen, [TestVtn.Unique("group")]), CancellationToken.None);

        (await bl.GetVensAsync(new VenSearch { Targets = [group] })).Select(v => v.Id).Should().Equal(wanted.Id);
    }

    [Test]
    public async Task Withdrawn_grant_hides_the_event_again()
    {
        var target = TestVtn.Unique("group");
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, [target]), CancellationToken.None);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1, [target]), CancellationToken.None);

        await bl.UpdateVenAsync(granted.Id!, granted with { ObjectType = ObjectTypes.BlVenRequest, Targets = [] }, CancellationToken.None);

        (await ven.GetEventsAsync(program.Id, ct: CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task Ven_without_a_ven_object_reads_only_untargeted_programs()
    {
        await using var fresh = await TestVtn.StartAsync(storage: Storage);
        var freshBl = await fresh.ConnectAsync(TestVtn.Bl);
        var open = await freshBl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        await freshBl.CreateProgramAsync(Samples.Program(targets: ["group1"]), CancellationToken.None);
        await freshBl.CreateVenAsync(Samples.BlVen(TestVtn.OtherVen, ["group1"]), CancellationToken.None);

        var seen = await (await fresh.ConnectAsync(TestVtn.Ven)).GetProgramsAsync(CancellationToken.None);

        seen.Select(p => p.Id).Should().Equal(open.Id);
    }
}
