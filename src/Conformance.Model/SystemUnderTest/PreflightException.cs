namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// The system under test is not ready for a run, found before the first scenario: a client the file names is refused
/// a token, the VEN under test never makes contact. Reported as one line naming what was tried (client, URL) and what
/// came, and the run stops before any scenario: every verdict would rest on the same missing precondition.
/// </summary>
public sealed class PreflightException(string message) : Exception(message);
