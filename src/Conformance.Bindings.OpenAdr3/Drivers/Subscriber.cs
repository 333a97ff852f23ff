namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>Who subscribes in a scenario: the business logic, or one of the VENs the harness plays.</summary>
/// <param name="VenName">The harness VEN's name, or null for the business logic.</param>
public sealed record Subscriber(string? VenName)
{
    public static Subscriber BusinessLogic { get; } = new((string?)null);

    /// <summary>The subscriber's role as evidence names it.</summary>
    public string Role => VenName is null ? "BusinessLogic" : $"Ven {VenName}";

    public override string ToString() => VenName is null ? "the business logic" : $"VEN '{VenName}'";
}
