using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>Definition.md, Object Metadata and POST and PUT: the VTN owns id, createdDateTime, modificationDateTime and objectType.</summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
public class ObjectMetadataTests(VtnStorage storage)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private TestVtn vtn = null!;
    private OpenAdrClient bl = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync(time, storage: storage);
        bl = await vtn.ConnectAsync(TestVtn.Bl);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();

    [Test]
    public async Task Put_keeps_id_and_createdDateTime_and_moves_modificationDateTime()
    {
        var created = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));

        var updated = await bl.UpdateProgramAsync(created.Id!, Samples.Program(), CancellationToken.None);

        updated.Id.Should().Be(created.Id);
        updated.CreatedDateTime.Should().Be(created.CreatedDateTime);
        updated.ModificationDateTime.Should().Be(OpenAdrTime.Format(time.GetUtcNow())).And.NotBe(created.ModificationDateTime);
        updated.ObjectType.Should().Be(ObjectTypes.Program);
    }

    [Test]
    public async Task Metadata_sent_by_the_client_is_ignored_on_post_and_put()
    {
        var forged = Samples.Program() with
        {
            Id = "chosen-by-client",
            CreatedDateTime = "2000-01-01T00:00:00Z",
            ModificationDateTime = "2000-01-01T00:00:00Z",
            ObjectType = "EVENT",
        };

        var created = await bl.CreateProgramAsync(forged, CancellationToken.None);
        var updated = await bl.UpdateProgramAsync(created.Id!, forged with { ProgramName = TestVtn.Unique("program") }, CancellationToken.None);

        created.Id.Should().NotBe("chosen-by-client");
        created.CreatedDateTime.Should().Be(OpenAdrTime.Format(time.GetUtcNow()));
        created.ObjectType.Should().Be(ObjectTypes.Program);
        updated.Id.Should().Be(created.Id);
        updated.CreatedDateTime.Should().Be(created.CreatedDateTime);
        updated.ObjectType.Should().Be(ObjectTypes.Program);
    }

    [Test]
    public async Task Every_kind_of_object_gets_its_objectType()
    {
        var ven = await vtn.ConnectAsync(TestVtn.Ven);
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var venObject = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);

        var resource = await ven.CreateResourceAsync(Samples.VenResource(venObject.Id!), CancellationToken.None);
        var subscription = await ven.CreateSubscriptionAsync(Samples.Subscription(program.Id), CancellationToken.None);
        var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "me", Resources = [] }, CancellationToken.None);

        new[] { program.ObjectType, evt.ObjectType, venObject.ObjectType, resource.ObjectType, subscription.ObjectType, report.ObjectType }
            .Should().Equal(
                ObjectTypes.Program, ObjectTypes.Event, ObjectTypes.Ven, ObjectTypes.Resource, ObjectTypes.Subscription, ObjectTypes.Report);
    }
}
