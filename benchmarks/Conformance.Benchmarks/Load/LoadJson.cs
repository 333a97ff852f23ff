using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Benchmarks.Load;

/// <summary>How the benchmark and its generator child exchange <see cref="LoadSpec"/> and <see cref="LoadResult"/>.</summary>
internal static class LoadJson
{
    /// <summary>Named literals, because an unbounded percentile is written as Infinity.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };
}
