namespace Conformance.Benchmarks;

/// <summary>Which figures a run measures; typed in lower case on the command line.</summary>
internal enum Figure
{
    All,
    Poll,
    Fleet,
    Memory,
    Notify,
}
