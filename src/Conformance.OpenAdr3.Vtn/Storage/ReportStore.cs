using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Reports; "Event and report names are not required to be unique" (Definition.md, Object names).</summary>
internal sealed class ReportStore(TimeProvider time, ILogger<ReportStore> log)
    : MemoryStore<Report>(ObjectTypes.Report, time, log);
