using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A subscription belongs to the client whose token created it (the VTN writes its clientID); a VEN reaches
/// only its own, BL reaches all (Definition.md, Object Privacy). Notifications: see Notifications/.
/// </summary>
internal static class SubscriptionsEndpoints
{
    public static RouteGroupBuilder MapSubscriptions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/subscriptions").WithTags("subscriptions").ValidatesRequests();
        group.MapGet("/", SearchSubscriptions).WithName("searchSubscriptions").RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPost("/", CreateSubscription).WithName("createSubscription").ProducesProblems(409).RequireScope(Scopes.WriteSubscriptions);
        group.MapGet("/{subscriptionID}", SearchSubscriptionById)
            .WithName("searchSubscriptionByID").ProducesProblems(404).RequireScope(Scopes.ReadAll, Scopes.ReadVenObjects);
        group.MapPut("/{subscriptionID}", UpdateSubscription)
            .WithName("updateSubscription").ProducesProblems(404, 409).RequireScope(Scopes.WriteSubscriptions);
        group.MapDelete("/{subscriptionID}", DeleteSubscription)
            .WithName("deleteSubscription").ProducesProblems(404).RequireScope(Scopes.WriteSubscriptions);
        return group;
    }

    internal static Ok<IReadOnlyList<Subscription>> SearchSubscriptions(
        SearchQuery query, Paging paging, Caller caller, IObjectStore<Subscription> subscriptions) =>
        TypedResults.Ok(paging.Apply(subscriptions.All().Where(s =>
            SearchQuery.Matches(query.ProgramId, s.ProgramId) && SearchQuery.Matches(query.ClientName, s.ClientName)
            && Covers(s, query.Objects) && caller.CanAccess(s.ClientId))));

    internal static async Task<Results<Created<Subscription>, ProblemResult>> CreateSubscription(
        JsonBody<Subscription> body, Caller caller, IObjectStore<Program> programs, TargetGrants grants, IObjectStore<Subscription> subscriptions,
        CallbackVerifier callbacks, HttpContext context)
    {
        if (!CanSubscribe(body.Value, caller, programs, grants)) return UnknownProgram(body.Value);
        if (await RefuseCallbacksAsync(body.Value, known: new HashSet<string>(), callbacks, context) is { } refused) return refused;
        var subscription = subscriptions.Create(body.Value with { ClientId = caller.ClientId }).Value!;
        return TypedResults.Created($"/subscriptions/{subscription.Id}", subscription);
    }

    internal static Results<Ok<Subscription>, ProblemResult> SearchSubscriptionById(
        string subscriptionId, Caller caller, IObjectStore<Subscription> subscriptions) =>
        subscriptions.FindFor(subscriptionId, caller, s => s.ClientId) is { } subscription
            ? TypedResults.Ok(subscription)
            : ProblemResult.NotFound("subscriptionID", subscriptionId);

    /// <summary>
    /// The subscription keeps the clientID of the client that created it. Only callback URLs it did not list yet are
    /// challenged again; every one must still be https.
    /// </summary>
    internal static async Task<Results<Ok<Subscription>, ProblemResult>> UpdateSubscription(
        string subscriptionId, JsonBody<Subscription> body, Caller caller,
        IObjectStore<Program> programs, TargetGrants grants, IObjectStore<Subscription> subscriptions,
        CallbackVerifier callbacks, HttpContext context)
    {
        if (subscriptions.FindFor(subscriptionId, caller, s => s.ClientId) is not { } stored)
            return ProblemResult.NotFound("subscriptionID", subscriptionId);
        if (!CanSubscribe(body.Value, caller, programs, grants)) return UnknownProgram(body.Value);
        if (await RefuseCallbacksAsync(body.Value, WebhookFanOut.CallbackUrls(stored), callbacks, context) is { } refused) return refused;
        return subscriptions.Update(subscriptionId, stored => body.Value with { ClientId = stored.ClientId }).Value is { } subscription
            ? TypedResults.Ok(subscription)
            : ProblemResult.NotFound("subscriptionID", subscriptionId);
    }

    internal static Results<Ok<Subscription>, ProblemResult> DeleteSubscription(
        string subscriptionId, Caller caller, IObjectStore<Subscription> subscriptions)
    {
        if (subscriptions.FindFor(subscriptionId, caller, s => s.ClientId) is null) return ProblemResult.NotFound("subscriptionID", subscriptionId);
        return subscriptions.Delete(subscriptionId) is { } subscription
            ? TypedResults.Ok(subscription)
            : ProblemResult.NotFound("subscriptionID", subscriptionId);
    }

    /// <summary>The objects filter: the subscription covers one of the requested object types.</summary>
    private static bool Covers(Subscription subscription, IReadOnlyList<string>? objects) =>
        objects is null || (subscription.ObjectOperations ?? []).Any(o => (o.Objects ?? []).Any(objects.Contains));

    /// <summary>A programID, when given, must name a program the subscriber can read.</summary>
    private static bool CanSubscribe(Subscription request, Caller caller, IObjectStore<Program> programs, TargetGrants grants) =>
        request.ProgramId is null
        || (programs.Find(request.ProgramId) is { } program && grants.For(caller, requested: null).CanRead(program.Targets));

    /// <summary>
    /// Definition.md (Webhooks): every callback URL must be https, and each one not in <paramref name="known"/> must answer
    /// the echo challenge, else "the VTN MUST NOT allow creation of the subscription": a 400 naming the URL and why.
    /// </summary>
    private static async Task<ProblemResult?> RefuseCallbacksAsync(
        Subscription request, IReadOnlySet<string> known, CallbackVerifier callbacks, HttpContext context)
    {
        var shape = context.Features.Get<IEchoChallenge>() ?? IEchoChallenge.Random;
        var operations = request.ObjectOperations ?? [];
        for (var i = 0; i < operations.Count; i++)
            if (callbacks.RefuseScheme(operations[i].CallbackUrl!) is { } refusal) return CallbackRefused(i, refusal);
        var checkedUrls = new HashSet<string>(known, StringComparer.Ordinal);
        for (var i = 0; i < operations.Count; i++)
        {
            if (!checkedUrls.Add(operations[i].CallbackUrl!)) continue;
            if (await callbacks.ChallengeAsync(operations[i].CallbackUrl!, shape, context.RequestAborted) is { } failure)
                return CallbackRefused(i, failure);
        }
        return null;
    }

    private static ProblemResult CallbackRefused(int index, string reason) =>
        ProblemResult.BadRequest($"objectOperations[{index}].callbackUrl: {reason}; the VTN does not allow the subscription.");

    /// <summary>An unknown programID is a broken foreign key, which the YAML's 409 description names.</summary>
    private static ProblemResult UnknownProgram(Subscription request) =>
        ProblemResult.Conflict($"programID: '{request.ProgramId}' is not the id of a program.");
}
