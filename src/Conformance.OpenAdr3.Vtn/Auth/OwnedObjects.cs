using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

internal static class OwnedObjects
{
    /// <summary>
    /// Object <paramref name="id"/> if <paramref name="caller"/> may reach it (<see cref="Caller.CanAccess"/>), else
    /// null: a VEN asking for another client's object learns nothing, not even that it exists (answered 404).
    /// </summary>
    public static T? FindFor<T>(this IObjectStore<T> store, string id, Caller caller, Func<T, string?> owner) where T : ObjectMetadata =>
        store.Find(id) is { } found && caller.CanAccess(owner(found)) ? found : null;
}
