using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Conformance.OpenAdr3.Vtn;

internal static class ScopeEndpointExtensions
{
    /// <summary>
    /// Requires a valid bearer token granting one of <paramref name="anyOf"/>: 401 without one, 403 without the
    /// scope. Reads list read_all beside the YAML's read_targets / read_ven_objects, since "BL can read all
    /// resources" (Definition.md lists both).
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, params string[] anyOf)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder(BearerAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .AddRequirements(new ScopeRequirement(anyOf))
            .Build())
        .ProducesProblems(401, 403);
}
