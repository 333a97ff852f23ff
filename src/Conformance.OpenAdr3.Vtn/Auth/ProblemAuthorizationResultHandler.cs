using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Answers 401 and 403 with the spec's problem object, naming what was missing.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            // The handler caches its result per request, so this does not validate the token twice.
            var authentication = await context.AuthenticateAsync(BearerAuthenticationHandler.SchemeName);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ProblemResult.Unauthorized(authentication.Failure is { } failure
                ? $"Authorization: the bearer token was rejected: {failure.Message}"
                : "Authorization: a bearer token is required (Authorization: Bearer <token>).").ExecuteAsync(context);
        }
        else if (authorizeResult.Forbidden)
        {
            var required = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().FirstOrDefault();
            var granted = string.Join(' ', Caller.Of(context).GrantedScopes);
            await ProblemResult.Forbidden($"scope: this operation requires {required}; the token grants '{granted}'.").ExecuteAsync(context);
        }
        else
        {
            await next(context);
        }
    }
}
