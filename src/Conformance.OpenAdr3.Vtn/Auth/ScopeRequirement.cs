using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>An operation's security section: the token must grant at least one of these scopes.</summary>
internal sealed class ScopeRequirement(IReadOnlyList<string> anyOf) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public IReadOnlyList<string> AnyOf => anyOf;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var caller = context.Resource is HttpContext http ? Caller.Of(http) : Caller.From(context.User);
        if (caller.GrantedScopes.Overlaps(requirement.AnyOf)) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    public override string ToString() => string.Join(" or ", anyOf);
}
