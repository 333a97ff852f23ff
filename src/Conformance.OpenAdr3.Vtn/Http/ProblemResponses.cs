using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

internal static class ProblemResponses
{
    /// <summary>
    /// Declares, for the OpenAPI document, that the endpoints may answer <paramref name="statuses"/> with the
    /// YAML's problem under application/json (<see cref="ProblemResult"/>), which typed results cannot say.
    /// </summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. statuses.Select(status => new ProducesResponseTypeMetadata(status, typeof(Problem), ["application/json"]))]);
}
