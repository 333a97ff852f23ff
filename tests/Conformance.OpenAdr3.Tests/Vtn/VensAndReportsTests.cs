namespace Conformance.OpenAdr3.Tests.VtnTests;

using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

public class VensAndReportsTests
{
    private TestVtn vtn = null!;
    private OpenAdrClient bl = null!;
    private OpenAdrClient ven = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync();
        bl = await vtn.ConnectAsync(TestVtn.Bl);
        ven = await vtn.ConnectAsync(TestVtn.Ven);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();

    [Test]
    public async Task Ven_creates_its_ven_object_and_the_vtn_writes_its_clientID()
    {
        var name = TestVtn.Unique("ven");

        var created = await ven.CreateVenAsync(new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = name }, CancellationToken.None);

        created.ClientId.Should().Be(TestVtn.Ven);
        created.ObjectType.Should().Be(ObjectTypes.Ven);
        (await ven.GetVensAsync(name, ct: CancellationToken.None)).Should().ContainSingle();
    }

    [Test]
    public async Task Duplicate_venName_is_409()
    {
        var request = new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = TestVtn.Unique("ven") };
        await ven.CreateVenAsync(request, CancellationToken.None);

        var act = () => ven.CreateVenAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.IsConflict.Should().BeTrue();
    }

    [Test]
    public async Task Ven_cannot_grant_itself_targets()
    {
        var request = new Ven { ObjectType = ObjectTypes.BlVenRequest, ClientId = TestVtn.Ven, VenName = TestVtn.Unique("ven"), Targets = ["all"] };

        var act = () => ven.CreateVenAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Report_is_visible_to_bl_and_its_author_but_not_to_another_ven()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);

        var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "me", Resources = [] }, CancellationToken.None);

        report.ClientId.Should().Be(TestVtn.Ven);
        (await bl.GetReportsAsync(evt.Id, ct: CancellationToken.None)).Should().ContainSingle();
        (await ven.GetReportAsync(report.Id!, CancellationToken.None)).Id.Should().Be(report.Id);
        var other = await vtn.ConnectAsync(TestVtn.OtherVen);
        (await other.GetReportsAsync(evt.Id, ct: CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task Bl_cannot_write_reports()
    {
        var act = () => bl.CreateReportAsync(new Report { EventId = "e", ClientName = "bl", Resources = [] }, CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.Problem!.Detail.Should().Contain("write_reports");
    }
}
