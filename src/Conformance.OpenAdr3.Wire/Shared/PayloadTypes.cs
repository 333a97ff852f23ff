namespace Conformance.OpenAdr3.Wire;

/// <summary>Payload type names from Definition.md's enumerations that the harness refers to by name.</summary>
public static class PayloadTypes
{
    /// <summary>Event payload: a demand response level 0, 1, 2 or 3.</summary>
    public const string Simple = "SIMPLE";

    /// <summary>Event payload: a price.</summary>
    public const string Price = "PRICE";

    /// <summary>Report payload: the simple level a VEN resource is operating at for each interval.</summary>
    public const string SimpleLevel = "SIMPLE_LEVEL";
}
