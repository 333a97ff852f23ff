using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.Support;

internal static class JsonText
{
    /// <summary>
    /// An object as it goes on the wire. Objects holding payload values (JsonElement) are compared this way:
    /// equivalence assertions cannot compare two JsonElements.
    /// </summary>
    public static string Of(object value) => JsonSerializer.Serialize(value, value.GetType(), OpenAdrJson.Options);
}
