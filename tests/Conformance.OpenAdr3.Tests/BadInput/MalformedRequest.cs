namespace Conformance.OpenAdr3.Tests.BadInput;

/// <summary>Whose credentials a malformed request carries.</summary>
public enum Credential
{
    Bl,
    Ven,
    None,
    Garbage,
    UnsignedAlgNone,
    TamperedSignature,
    OtherVtnsToken,
    Expired,
}

/// <summary>
/// One request the VTN must refuse with <paramref name="Status"/> and a problem whose detail starts with
/// <paramref name="Field"/> (when the mistake has a field).
/// </summary>
public sealed record MalformedRequest(
    string Name, string Method, string Path, string? Body, Credential As, int Status, string? Field, string ContentType = "application/json")
{
    public override string ToString() => Name;
}
