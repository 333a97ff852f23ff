using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Definition.md, Object Privacy: a VEN reaches only the ven, resource, report and subscription objects carrying
/// its clientID, by listing and by id (another's answers 404, as if absent); only BL writes targets.
/// </summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
public class VenIsolationTests(VtnStorage storage)
{
    private TestVtn vtn = null!;
    private OpenAdrClient bl = null!;
    private OpenAdrClient ven = null!;
    private OpenAdrClient other = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync(storage: storage);
        bl = await vtn.ConnectAsync(TestVtn.Bl);
        ven = await vtn.ConnectAsync(TestVtn.Ven);
        other = await vtn.ConnectAsync(TestVtn.OtherVen);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();

    [Test]
    public async Task Ven_never_sees_another_vens_ven_object()
    {
        var theirs = await other.CreateVenAsync(Samples.VenVen(), CancellationToken.None);

        (await ven.GetVensAsync(CancellationToken.None)).Should().NotContain(v => v.Id == theirs.Id);
        (await ven.GetVensAsync(theirs.VenName, ct: CancellationToken.None)).Should().BeEmpty();
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetVenAsync(theirs.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Ven_never_sees_another_vens_resources()
    {
        var theirs = await other.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var resource = await other.CreateResourceAsync(Samples.VenResource(theirs.Id!), CancellationToken.None);

        (await ven.GetResourcesAsync(new ResourceSearch { VenId = theirs.Id })).Should().BeEmpty();
        (await ven.GetResourcesAsync(CancellationToken.None)).Should().NotContain(r => r.Id == resource.Id);
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetResourceAsync(resource.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Ven_never_sees_another_vens_reports_by_id()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var report = await other.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "them", Resources = [] }, CancellationToken.None);

        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetReportAsync(report.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Ven_subscriptions_are_its_own()
    {
        var theirs = await other.CreateSubscriptionAsync(Samples.Subscription(), CancellationToken.None);

        (await ven.GetSubscriptionsAsync(CancellationToken.None)).Should().NotContain(s => s.Id == theirs.Id);
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetSubscriptionAsync(theirs.Id!, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.UpdateSubscriptionAsync(theirs.Id!, theirs, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.DeleteSubscriptionAsync(theirs.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Ven_cannot_change_or_delete_another_vens_objects()
    {
        var theirs = await other.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var resource = await other.CreateResourceAsync(Samples.VenResource(theirs.Id!), CancellationToken.None);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var report = await other.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "them", Resources = [] }, CancellationToken.None);

        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.UpdateVenAsync(theirs.Id!, Samples.VenVen(), CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.DeleteVenAsync(theirs.Id!, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound,
            () => ven.UpdateResourceAsync(resource.Id!, Samples.VenResource(theirs.Id!), CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.DeleteResourceAsync(resource.Id!, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.UpdateReportAsync(report.Id!, report, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.DeleteReportAsync(report.Id!, CancellationToken.None));
        (await other.GetVenAsync(theirs.Id!, CancellationToken.None)).VenName.Should().Be(theirs.VenName);
    }

    [Test]
    public async Task Ven_cannot_attach_a_resource_to_another_vens_ven()
    {
        var theirs = await other.CreateVenAsync(Samples.VenVen(), CancellationToken.None);

        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.CreateResourceAsync(Samples.VenResource(theirs.Id!), CancellationToken.None));
    }

    [Test]
    public async Task Ven_update_of_its_ven_keeps_the_targets_bl_granted()
    {
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, ["group1"]), CancellationToken.None);

        var updated = await ven.UpdateVenAsync(granted.Id!, Samples.VenVen(TestVtn.Unique("renamed")), CancellationToken.None);

        updated.Targets.Should().Equal("group1");
        updated.ClientId.Should().Be(TestVtn.Ven);
        updated.VenName.Should().StartWith("renamed");
    }

    [Test]
    public async Task Ven_update_of_its_resource_keeps_the_targets_bl_granted()
    {
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), CancellationToken.None);
        var resource = await bl.CreateResourceAsync(Samples.BlResource(granted, ["resource_0999"]), CancellationToken.None);

        var updated = await ven.UpdateResourceAsync(resource.Id!, Samples.VenResource(granted.Id!, "renamed"), CancellationToken.None);

        updated.Targets.Should().Equal("resource_0999");
        updated.ClientId.Should().Be(TestVtn.Ven);
    }

    [Test]
    public async Task Ven_cannot_write_targets()
    {
        var own = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var resource = await ven.CreateResourceAsync(Samples.VenResource(own.Id!), CancellationToken.None);

        var inVenRequest = await Problems.ExpectAsync(HttpStatusCode.BadRequest,
            () => ven.UpdateVenAsync(own.Id!, Samples.VenVen() with { Targets = ["all"] }, CancellationToken.None));
        var inResourceRequest = await Problems.ExpectAsync(HttpStatusCode.BadRequest,
            () => ven.UpdateResourceAsync(resource.Id!, Samples.VenResource(own.Id!) with { Targets = ["all"] }, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden,
            () => ven.UpdateVenAsync(own.Id!, Samples.BlVen(TestVtn.Ven, ["all"]), CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden,
            () => ven.CreateResourceAsync(Samples.BlResource(own, ["all"]), CancellationToken.None));

        inVenRequest.Detail.Should().StartWith("targets");
        inResourceRequest.Detail.Should().StartWith("targets");
        (await ven.GetVenAsync(own.Id!, CancellationToken.None)).Targets.Should().BeNull();
    }

    [Test]
    public async Task Bl_sees_every_vens_objects()
    {
        var theirs = await other.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var resource = await other.CreateResourceAsync(Samples.VenResource(theirs.Id!), CancellationToken.None);

        (await bl.GetVenAsync(theirs.Id!, CancellationToken.None)).ClientId.Should().Be(TestVtn.OtherVen);
        (await bl.GetResourceAsync(resource.Id!, CancellationToken.None)).ClientId.Should().Be(TestVtn.OtherVen);
    }
}
