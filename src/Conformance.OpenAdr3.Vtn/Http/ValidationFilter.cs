using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Validates once, at the edge: any invalid <see cref="IRequestPart"/> argument answers 400 before the handler runs.</summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var violations = context.Arguments.OfType<IRequestPart>().SelectMany(part => part.Violations).ToList();
        return violations.Count == 0 ? next(context) : ValueTask.FromResult<object?>(ProblemResult.BadRequest(violations));
    }
}
