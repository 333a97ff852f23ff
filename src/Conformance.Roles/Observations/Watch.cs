using Conformance.Evidence.Log;

namespace Conformance.Roles.Observations;

/// <summary>
/// How long a role looks for something on the wire: messages after <see cref="AfterSeq"/>, until run time
/// <see cref="Until"/> (the requirement's deadline plus a grace period, so that a late message is seen with its time).
/// </summary>
public sealed record Watch(long AfterSeq, TimeSpan Until)
{
    public static Watch After(EvidenceRecord record, TimeSpan until) => new(record.Seq, until);
}
