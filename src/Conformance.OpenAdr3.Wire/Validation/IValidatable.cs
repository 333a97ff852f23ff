namespace Conformance.OpenAdr3.Wire;

/// <summary>A request body that can check itself against the YAML's schema rules.</summary>
public interface IValidatable
{
    /// <summary>Every violation found; empty when the object is valid.</summary>
    IReadOnlyList<Violation> Validate();
}
