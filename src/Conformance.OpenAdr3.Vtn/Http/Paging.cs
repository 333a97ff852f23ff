using System.Globalization;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>The YAML's skip (>= 0) and limit (0..50) query parameters; without limit an answer holds at most 50.</summary>
internal sealed class Paging : IRequestPart
{
    private const int MaxLimit = 50;

    private Paging(int skip, int limit, IReadOnlyList<Violation> violations)
    {
        Skip = skip;
        Limit = limit;
        Violations = violations;
    }

    public int Skip { get; }

    public int Limit { get; }

    public IReadOnlyList<Violation> Violations { get; }

    public static ValueTask<Paging?> BindAsync(HttpContext context)
    {
        var violations = new List<Violation>();
        var skip = Parse(context.Request.Query["skip"], "skip", 0, int.MaxValue, 0, violations);
        var limit = Parse(context.Request.Query["limit"], "limit", 0, MaxLimit, MaxLimit, violations);
        return ValueTask.FromResult<Paging?>(new Paging(skip, limit, violations));
    }

    public IReadOnlyList<T> Apply<T>(IEnumerable<T> items) => items.Skip(Skip).Take(Limit).ToList();

    private static int Parse(string? text, string name, int min, int max, int fallback, List<Violation> violations)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        violations.Add(new Violation(name, $"'{text}' must be an integer in {min}..{max}"));
        return fallback;
    }
}
