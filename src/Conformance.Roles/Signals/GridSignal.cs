namespace Conformance.Roles.Signals;

/// <summary>
/// A signal the energy service provider sends the customer's energy manager through the VTN (IEC TR 62746-2: price
/// signals, limitations of power, dispatch levels; IEC TS 62746-3: events), in the use case's terms.
/// </summary>
/// <param name="Name">The signal's name, unique in the run (a binding may add a suffix to keep it so).</param>
/// <param name="Program">The program (tariff, DR programme) it belongs to.</param>
/// <param name="Intervals">The values over time, in <see cref="Unit"/>.</param>
/// <param name="Reply">What the customer's energy manager is asked to report back, if anything.</param>
public sealed record GridSignal(
    string Name, string Program, SignalKind Kind, IReadOnlyList<SignalInterval> Intervals, string? Unit, ReplyRequest? Reply)
{
    public string Describe() => $"{Kind.Describe()} '{Name}'";
}

/// <param name="Start">When the interval starts; null: as soon as the signal is received (an "immediate" dispatch).</param>
/// <param name="Duration">How long it lasts; null: until further notice.</param>
public sealed record SignalInterval(DateTimeOffset? Start, TimeSpan? Duration, decimal Value);

public enum SignalKind
{
    /// <summary>A dispatch level from 0 (normal) upwards: IEC TS 62746-3's simple event, OpenADR's SIMPLE.</summary>
    DispatchLevel,

    /// <summary>A price per unit of energy (TR 62746-2: price signal, tariff synchronisation).</summary>
    Price,

    /// <summary>A limitation of the power the premises may draw (TR 62746-2: limitation of power consumption).</summary>
    ConsumptionLimit,
}

/// <summary>What the customer's energy manager reports back on a signal.</summary>
/// <param name="What">The quantity reported.</param>
public sealed record ReplyRequest(ReplyKind What);

public enum ReplyKind
{
    /// <summary>The dispatch level the energy manager applies.</summary>
    AppliedLevel,

    /// <summary>The energy it consumed, per interval.</summary>
    Consumption,
}

public static class SignalKindWords
{
    public static string Describe(this SignalKind kind) => kind switch
    {
        SignalKind.DispatchLevel => "dispatch level signal",
        SignalKind.Price => "price signal",
        SignalKind.ConsumptionLimit => "limitation of power consumption",
        _ => kind.ToString(),
    };
}
