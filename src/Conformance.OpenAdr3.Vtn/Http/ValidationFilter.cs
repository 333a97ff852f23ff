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
        var violations = context.HttpContext.Request.RouteValues
            .SelectMany(route => ParameterRules.ObjectId(route.Key, route.Value as string))
            .Concat(context.Arguments.OfType<IRequestPart>().SelectMany(part => part.Violations))
            .ToList();
        return violations.Count == 0 ? next(context) : ValueTask.FromResult<object?>(ProblemResult.BadRequest(violations));
    }
}

internal static class ValidationFilterExtensions
{
    /// <summary>Validates the group's requests with <see cref="ValidationFilter"/>, which answers 400.</summary>
    public static RouteGroupBuilder ValidatesRequests(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<ValidationFilter>().ProducesProblems(400);
}
