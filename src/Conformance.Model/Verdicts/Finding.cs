namespace Conformance.Model.Verdicts;

/// <summary>
/// Something the system under test sent that does not fit a rule, noted without ending the scenario: a deviation in
/// a field the scenario does not judge (the scenario for that shape fails it, once), a failed clean-up, or the
/// result of a check that rests on an interpretation rather than a normative sentence. Kept in every report beside
/// the scenario's verdict, which it does not change.
/// </summary>
/// <param name="Rule">The rule, cited as users can look it up: "openadr3.yaml token.scope: string",
/// "Definition.md Webhooks: the VTN MUST validate that an HTTPS schema is used".</param>
/// <param name="Message">What came, in one sentence.</param>
/// <param name="Record">The evidence record (seq) that carries it, when one does.</param>
/// <param name="Path">The JSON path inside the record's body, when the finding is about a field.</param>
public sealed record Finding(string Rule, string Message, long? Record = null, string? Path = null, FindingKind Kind = FindingKind.Conformance)
{
    /// <summary>The one line every report shows: "#12 $.scope: scope is an array (openadr3.yaml token.scope: string)".</summary>
    public string Describe()
    {
        var where = (Record, Path) switch
        {
            ({ } seq, { } path) => $"#{seq} {path}: ",
            ({ } seq, null) => $"#{seq}: ",
            (null, { } path) => $"{path}: ",
            _ => "",
        };
        var advisory = Kind == FindingKind.Advisory ? "advisory, " : "";
        return $"{where}{Message} ({advisory}{Rule})";
    }
}

public enum FindingKind
{
    /// <summary>Against a normative statement (MUST, SHALL, SHOULD, or the schema of openadr3.yaml).</summary>
    Conformance,
    /// <summary>Against the harness's reading where the specification has no normative sentence (`@interpretation`).</summary>
    Advisory,
}
