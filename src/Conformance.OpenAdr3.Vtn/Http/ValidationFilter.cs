using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Validates once, at the edge: a path id that is not an objectID, or any invalid <see cref="IRequestPart"/>
/// argument, answers 400 before the handler runs. Every path parameter of the YAML is an objectID.
/// </summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        List<Violation>? violations = null;
        foreach (var route in context.HttpContext.Request.RouteValues) Add(ref violations, ParameterRules.ObjectId(route.Key, route.Value as string));
        foreach (var argument in context.Arguments)
            if (argument is IRequestPart part) Add(ref violations, part.Violations);
        return violations is null ? next(context) : ValueTask.FromResult<object?>(ProblemResult.BadRequest(violations));
    }

    // Runs on every request: a valid one allocates nothing here.
    private static void Add(ref List<Violation>? violations, IReadOnlyList<Violation> found)
    {
        if (found.Count == 0) return;
        violations ??= [];
        violations.AddRange(found);
    }
}

internal static class ValidationFilterExtensions
{
    /// <summary>Validates the group's requests with <see cref="ValidationFilter"/>, which answers 400.</summary>
    public static RouteGroupBuilder ValidatesRequests(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<ValidationFilter>().ProducesProblems(400);
}
