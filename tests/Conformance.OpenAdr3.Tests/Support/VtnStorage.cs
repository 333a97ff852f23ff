namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>Where a test VTN keeps its objects; fixtures that exercise the stores run once on each.</summary>
public enum VtnStorage
{
    Memory,

    /// <summary>A fresh SQLite file in the temp directory, deleted with the VTN.</summary>
    Sqlite,
}
