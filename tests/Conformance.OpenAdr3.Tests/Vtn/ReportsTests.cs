namespace Conformance.OpenAdr3.Tests.VtnTests;

using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class ReportsTests(VtnStorage storage) : VtnFixture(storage)
{
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

    [Test]
    public async Task Ven_updates_and_deletes_its_report_which_keeps_its_clientID()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "me", Resources = [] }, CancellationToken.None);

        var updated = await ven.UpdateReportAsync(report.Id!, report with { ReportName = "renamed", ClientId = "someone-else" },
            CancellationToken.None);
        var deleted = await ven.DeleteReportAsync(report.Id!, CancellationToken.None);

        updated.ReportName.Should().Be("renamed");
        updated.ClientId.Should().Be(TestVtn.Ven);
        deleted.Id.Should().Be(report.Id);
        (await bl.GetReportsAsync(evt.Id, ct: CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task Moving_a_report_to_an_unknown_event_is_409()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "me", Resources = [] }, CancellationToken.None);

        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => ven.UpdateReportAsync(report.Id!, report with { EventId = "no-such-event" }, CancellationToken.None));

        problem.Detail.Should().StartWith("eventID");
    }

    [Test]
    public async Task Bl_cannot_update_or_delete_reports()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "me", Resources = [] }, CancellationToken.None);

        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => bl.UpdateReportAsync(report.Id!, report, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.Forbidden, () => bl.DeleteReportAsync(report.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Reports_are_filtered_by_programID_through_their_event()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 1), CancellationToken.None);
        var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "me", Resources = [] }, CancellationToken.None);

        var found = await bl.GetReportsAsync(new ReportSearch { ProgramId = program.Id });

        found.Select(r => r.Id).Should().Equal(report.Id);
    }
}
