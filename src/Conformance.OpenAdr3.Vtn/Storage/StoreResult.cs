namespace Conformance.OpenAdr3.Vtn;

/// <summary>What a store write did.</summary>
internal enum StoreOutcome
{
    Done,
    NotFound,

    /// <summary>Another object already holds a name that must be unique (Definition.md, Object names).</summary>
    Conflict,
}

/// <summary>The outcome of a store write, with the object as stored when it was done.</summary>
internal readonly record struct StoreResult<T>(StoreOutcome Outcome, T? Value) where T : class
{
    public static StoreResult<T> NotFound => new(StoreOutcome.NotFound, null);

    public static StoreResult<T> Conflict => new(StoreOutcome.Conflict, null);

    public static StoreResult<T> Done(T value) => new(StoreOutcome.Done, value);
}
