namespace Conformance.Harness;

/// <summary>A run's name in reports/&lt;run-id&gt;/: sortable by start and unique, e.g. 20261125-013012-4f2a.</summary>
public static class RunId
{
    public static string New(DateTimeOffset startedAt) => $"{startedAt.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..4]}";
}
