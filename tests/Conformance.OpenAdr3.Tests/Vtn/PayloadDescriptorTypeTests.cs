using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Payload descriptors sent without objectType, as the User Guide's examples do, are accepted (decision 25)
/// and answered with it, since the YAML's descriptor schemas require it.
/// </summary>
public class PayloadDescriptorTypeTests
{
    private TestVtn vtn = null!;
    private OpenAdrClient bl = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync();
        bl = await vtn.ConnectAsync(TestVtn.Bl);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();

    [Test]
    public async Task Program_descriptor_without_objectType_is_answered_as_an_event_descriptor()
    {
        var program = await bl.CreateProgramAsync(
            Samples.Program() with { PayloadDescriptors = [new EventPayloadDescriptor { PayloadType = PayloadTypes.Simple }] },
            CancellationToken.None);

        program.PayloadDescriptors!.Single().ObjectType.Should().Be(ObjectTypes.EventPayloadDescriptor);
    }

    [Test]
    public async Task Event_and_report_descriptors_without_objectType_are_answered_with_it()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var sent = Samples.SimpleEvent(program.Id!, level: 1);
        var evt = await bl.CreateEventAsync(
            sent with { PayloadDescriptors = [sent.PayloadDescriptors![0] with { ObjectType = null }] }, CancellationToken.None);
        var ven = await vtn.ConnectAsync(TestVtn.Ven);

        var report = await ven.CreateReportAsync(new Report
        {
            EventId = evt.Id,
            ClientName = "ven",
            Resources = [],
            PayloadDescriptors = [new ReportPayloadDescriptor { PayloadType = PayloadTypes.SimpleLevel }],
        }, CancellationToken.None);

        evt.PayloadDescriptors!.Single().ObjectType.Should().Be(ObjectTypes.EventPayloadDescriptor);
        report.PayloadDescriptors!.Single().ObjectType.Should().Be(ObjectTypes.ReportPayloadDescriptor);
    }
}
