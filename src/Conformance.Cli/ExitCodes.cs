using Conformance.Model.Verdicts;

namespace Conformance.Cli;

/// <summary>
/// What the process exit code says, so a CI pipeline can tell a failing system under test from a broken set-up.
/// Zero only when every selected scenario passed.
/// </summary>
public static class ExitCodes
{
    public const int Pass = 0;
    public const int Fail = 1;
    public const int BadArguments = 2;
    public const int Error = 3;
    public const int Inconclusive = 4;

    /// <summary>A run whose scenarios were all not applicable proved nothing, so it is not a pass either.</summary>
    public static int For(Verdict runVerdict) => runVerdict switch
    {
        Verdict.Pass => Pass,
        Verdict.Fail => Fail,
        Verdict.Error => Error,
        _ => Inconclusive,
    };
}
