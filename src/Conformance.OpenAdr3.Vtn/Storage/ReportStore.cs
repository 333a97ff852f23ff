using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

internal sealed class ReportStore(TimeProvider time, ILogger<ReportStore> log)
{
    private readonly Table<Report> table = new();

    public Report Create(Report request)
    {
        var report = Metadata.Stamp(request, ObjectTypes.Report, time);
        table.Add(report);
        log.LogInformation("Created report {Id} on event {EventId} from client {ClientId}", report.Id, report.EventId, report.ClientId);
        return report;
    }

    public Report? Find(string id) => table.Find(r => r.Id == id);

    public IReadOnlyList<Report> Where(Func<Report, bool> predicate) => table.Where(predicate);
}
