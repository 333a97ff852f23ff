namespace Conformance.Model;

/// <summary>How the run's clock relates to wall-clock time.</summary>
public enum TimeMode
{
    /// <summary>Durations pass as on the wall clock. The only mode in which a third-party system is judged by default.</summary>
    Real,
    /// <summary>Durations are shortened by a declared factor; every role must take its time from the run clock.</summary>
    Scaled,
    /// <summary>Time advances only when the harness advances it; possible only when every role is the harness's own.</summary>
    Virtual,
}
