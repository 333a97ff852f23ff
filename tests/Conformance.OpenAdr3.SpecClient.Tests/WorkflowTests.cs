using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>
/// sequence_diagrams/workflow.txt played by a business logic and a VEN written only against openadr3.yaml: BL creates
/// a program and an event, the VEN enrolls (its ven and resource), BL grants it the program's target, the VEN reads
/// the program and the event and reports, BL reads the report.
/// </summary>
internal sealed class WorkflowTests : SpecVtnFixture
{
    [Test]
    public async Task A_ven_and_a_business_logic_written_against_the_yaml_run_the_workflow()
    {
        var group = SpecVtn.Unique("group");
        var start = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

        // BL -> VTN: create program.
        var program = await bl.Programs.PostAsync(new ProgramRequest
        {
            ProgramName = SpecVtn.Unique("program"),
            IntervalPeriod = new IntervalPeriod { Start = start, Duration = "P1Y" },
            ProgramDescriptions = [new ProgramRequest_programDescriptions { URL = "https://example.com/program" }],
            PayloadDescriptors =
            [
                new ProgramRequest.ProgramRequest_payloadDescriptors
                {
                    EventPayloadDescriptor = new EventPayloadDescriptor
                    {
                        ObjectType = EventPayloadDescriptor_objectType.EVENT_PAYLOAD_DESCRIPTOR,
                        PayloadType = "PRICE", Units = "KWH", Currency = "USD",
                    },
                },
            ],
            Targets = [group],
        });
        program!.Id.Should().NotBeNullOrEmpty();
        program.ObjectType.Should().Be(ObjectTypes.PROGRAM);
        program.CreatedDateTime.Should().NotBeNull();
        program.ModificationDateTime.Should().NotBeNull();
        program.IntervalPeriod!.Start.Should().Be(start);
        program.ProgramDescriptions!.Single().URL.Should().Be("https://example.com/program");
        program.PayloadDescriptors!.Single().EventPayloadDescriptor!.PayloadType.Should().Be("PRICE");
        program.Targets.Should().Equal(group);

        // BL -> VTN: create events, with the program's target and a report descriptor.
        var created = await bl.Events.PostAsync(new EventRequest
        {
            ProgramID = program.Id,
            EventName = "price event",
            Priority = 0,
            Targets = [group],
            PayloadDescriptors =
            [
                new EventPayloadDescriptor
                {
                    ObjectType = EventPayloadDescriptor_objectType.EVENT_PAYLOAD_DESCRIPTOR,
                    PayloadType = "PRICE",
                    Units = "KWH",
                    Currency = "USD",
                },
            ],
            ReportDescriptors = [new ReportDescriptor { PayloadType = "USAGE", ReadingType = "DIRECT_READ", Units = "KWH" }],
            IntervalPeriod = new IntervalPeriod { Start = start, Duration = "PT1H" },
            Intervals =
            [
                new Interval { Id = 0, Payloads = [new ValuesMap { Type = "PRICE", Values = [0.17] }] },
                new Interval { Id = 1, Payloads = [new ValuesMap { Type = "PRICE", Values = [0.25] }] },
            ],
        });
        created!.Id.Should().NotBeNullOrEmpty();
        created.ObjectType.Should().Be(ObjectTypes.EVENT);
        created.ProgramID.Should().Be(program.Id);

        // CL -> VEN: configure; the VEN creates its ven object and a resource (VEN_*_REQUEST, no targets).
        var venName = SpecVtn.Unique("ven");
        var venObject = await ven.Vens.PostAsync(new VenRequest
        {
            VenVenRequest = new VenVenRequest { ObjectType = VenVenRequest_objectType.VEN_VEN_REQUEST, VenName = venName },
        });
        venObject!.Id.Should().NotBeNullOrEmpty();
        venObject.ObjectType.Should().Be(ObjectTypes.VEN);
        venObject.ClientID.Should().Be(SpecVtn.Ven, "the VTN writes the VEN's clientID from its token");
        venObject.VenName.Should().Be(venName);

        var resource = await ven.Resources.PostAsync(new ResourceRequest
        {
            VenResourceRequest = new VenResourceRequest
            {
                ObjectType = VenResourceRequest_objectType.VEN_RESOURCE_REQUEST,
                ResourceName = "meter-1",
                VenID = venObject.Id,
            },
        });
        resource!.ObjectType.Should().Be(ObjectTypes.RESOURCE);
        resource.VenID.Should().Be(venObject.Id);
        resource.ClientID.Should().Be(SpecVtn.Ven);

        // Before BL grants the target, the VEN does not read the targeted program.
        (await ven.Programs.GetAsync(r => r.QueryParameters.Targets = [group])).Should().BeEmpty();

        // CL -> BL-web: enroll; BL finds the ven by venName and grants it the target (BL_VEN_REQUEST).
        var enrolled = (await bl.Vens.GetAsync(r => r.QueryParameters.VenName = venName))!.Should().ContainSingle().Subject;
        var granted = await bl.Vens[enrolled.Id].PutAsync(new VenRequest
        {
            BlVenRequest = new BlVenRequest
            {
                ObjectType = BlVenRequest_objectType.BL_VEN_REQUEST,
                ClientID = enrolled.ClientID,
                VenName = venName,
                Targets = [group],
            },
        });
        granted!.Targets.Should().Equal(group);
        granted.ModificationDateTime.Should().BeOnOrAfter(venObject.ModificationDateTime!.Value);
        (await ven.Vens[venObject.Id].GetAsync())!.Targets.Should().Equal(group);

        // VEN -> VTN: read program, by targets with paging, then by id.
        var programs = await ven.Programs.GetAsync(r =>
        {
            r.QueryParameters.Targets = [group];
            r.QueryParameters.Skip = 0;
            r.QueryParameters.Limit = 10;
        });
        programs!.Should().ContainSingle().Which.Id.Should().Be(program.Id);
        (await ven.Programs[program.Id].GetAsync())!.ProgramName.Should().Be(program.ProgramName);

        // VEN -> VTN: read events of the program.
        var events = await ven.Events.GetAsync(r =>
        {
            r.QueryParameters.ProgramID = program.Id;
            r.QueryParameters.Targets = [group];
            r.QueryParameters.Skip = 0;
            r.QueryParameters.Limit = 10;
        });
        var read = events!.Should().ContainSingle().Subject;
        read.Id.Should().Be(created.Id);
        read.Intervals!.Select(i => i.Payloads!.Single().Values!.Single()).Should().Equal(0.17, 0.25);
        read.IntervalPeriod!.Duration.Should().Be("PT1H");
        var requested = read.ReportDescriptors!.Should().ContainSingle().Subject;
        requested.PayloadType.Should().Be("USAGE");
        requested.ReadingType.Should().Be("DIRECT_READ");

        // VEN -> VTN: create report, answering the report descriptor.
        var report = await ven.Reports.PostAsync(new ReportRequest
        {
            EventID = read.Id,
            ClientName = venName,
            ReportName = "usage",
            PayloadDescriptors =
            [
                new ReportPayloadDescriptor
                {
                    ObjectType = ReportPayloadDescriptor_objectType.REPORT_PAYLOAD_DESCRIPTOR,
                    PayloadType = requested.PayloadType, ReadingType = requested.ReadingType, Units = requested.Units,
                },
            ],
            Resources =
            [
                new ReportRequest_resources
                {
                    ResourceName = resource.ResourceName,
                    IntervalPeriod = new IntervalPeriod { Start = start, Duration = "PT1H" },
                    Intervals = [new Interval { Id = 0, Payloads = [new ValuesMap { Type = "USAGE", Values = [1.5] }] }],
                },
            ],
        });
        report!.Id.Should().NotBeNullOrEmpty();
        report.ObjectType.Should().Be(ObjectTypes.REPORT);
        report.ClientID.Should().Be(SpecVtn.Ven);

        // BL -> VTN: read report, by programID and by eventID.
        var byProgram = await bl.Reports.GetAsync(r => r.QueryParameters.ProgramID = program.Id);
        var byEvent = await bl.Reports.GetAsync(r => r.QueryParameters.EventID = created.Id);
        byProgram!.Select(r => r.Id).Should().Equal(report.Id);
        byEvent!.Select(r => r.Id).Should().Equal(report.Id);
        var usage = byEvent!.Single().Resources!.Single();
        usage.ResourceName.Should().Be("meter-1");
        usage.Intervals!.Single().Payloads!.Single().Values.Should().Equal(1.5);
        byEvent!.Single().PayloadDescriptors!.Single().PayloadType.Should().Be("USAGE");
    }
}
