using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The MQTT topic-name endpoints, with the YAML's scopes: the shared topics (all objects of a kind, one program, a
/// program's events) carry objects whole and are BL's (read_all; the YAML's read_bl, "BL-only access" in the
/// companion document 8.2, is met by read_all); VEN-scoped topics ask read_ven_objects and the caller's own ven.
/// They hand a client exactly the topics <see cref="MqttTopicAcl"/> lets it subscribe to. Without MQTT broker URIs
/// every endpoint answers 404.
/// </summary>
internal static class MqttTopicsEndpoints
{
    public static RouteGroupBuilder MapMqttTopics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/notifiers/mqtt/topics").WithTags("MQTT_notifier")
            .AddEndpointFilter(RequireMqtt).ValidatesRequests().ProducesProblems(404);
        string[] bl = [Scopes.ReadBl, Scopes.ReadAll];
        string[] own = [Scopes.ReadAll, Scopes.ReadVenObjects];
        group.MapGet("/programs", AllOf("programs")).WithName("listAllMqttNotifierTopicsPrograms").RequireScope(Scopes.ReadAll);
        group.MapGet("/programs/{programID}", ListAllMqttNotifierTopicsProgram)
            .WithName("listAllMqttNotifierTopicsProgram").RequireScope(Scopes.ReadAll);
        group.MapGet("/events", AllOf("events")).WithName("listAllMqttNotifierTopicsEvents").RequireScope(bl);
        group.MapGet("/programs/{programID}/events", ListAllMqttNotifierTopicsProgramEvents)
            .WithName("listAllMqttNotifierTopicsProgramEvents").RequireScope(Scopes.ReadAll);
        group.MapGet("/reports", AllOf("reports")).WithName("listAllMqttNotifierTopicsReports").RequireScope(bl);
        group.MapGet("/subscriptions", AllOf("subscriptions")).WithName("listAllMqttNotifierTopicsSubscriptions").RequireScope(bl);
        group.MapGet("/vens", AllOf("vens")).WithName("listAllMqttNotifierTopicsVens").RequireScope(bl);
        group.MapGet("/vens/{venID}", OfVen(venId => MqttTopicNames.OfObject("vens", venId)))
            .WithName("listAllMqttNotifierTopicsVen").RequireScope(own);
        group.MapGet("/resources", AllOf("resources")).WithName("listAllMqttNotifierTopicsResources").RequireScope(bl);
        group.MapGet("/vens/{venID}/events", OfVen(venId => MqttTopicNames.OfVen("events", venId)))
            .WithName("listAllMqttNotifierTopicsVenEvents").RequireScope(own);
        group.MapGet("/vens/{venID}/programs", OfVen(venId => MqttTopicNames.OfVen("programs", venId)))
            .WithName("listAllMqttNotifierTopicsVenPrograms").RequireScope(own);
        group.MapGet("/vens/{venID}/resources", OfVen(venId => MqttTopicNames.OfVen("resources", venId)))
            .WithName("listAllMqttNotifierTopicsVenResources").RequireScope(own);
        return group;
    }

    internal static Results<Ok<NotifierTopicsResponse>, ProblemResult> ListAllMqttNotifierTopicsProgram(
        string programId, IObjectStore<Program> programs) =>
        programs.Find(programId) is null ? ProblemResult.NotFound("programID", programId) : Topics(MqttTopicNames.OfObject("programs", programId));

    internal static Results<Ok<NotifierTopicsResponse>, ProblemResult> ListAllMqttNotifierTopicsProgramEvents(
        string programId, IObjectStore<Program> programs) =>
        programs.Find(programId) is null ? ProblemResult.NotFound("programID", programId) : Topics(MqttTopicNames.OfProgramEvents(programId));

    private static Func<Ok<NotifierTopicsResponse>> AllOf(string objects) => () => Topics(MqttTopicNames.Of(objects));

    /// <summary>Topics of one ven, answered only for a ven the caller reaches.</summary>
    private static Func<string, Caller, IObjectStore<Ven>, Results<Ok<NotifierTopicsResponse>, ProblemResult>> OfVen(
        Func<string, NotifierOperationsTopics> topics) =>
        (string venId, Caller caller, IObjectStore<Ven> vens) => vens.FindFor(venId, caller, v => v.ClientId) is null
            ? ProblemResult.NotFound("venID", venId)
            : Topics(topics(venId));

    private static Ok<NotifierTopicsResponse> Topics(NotifierOperationsTopics topics) =>
        TypedResults.Ok(new NotifierTopicsResponse { Topics = topics });

    private static ValueTask<object?> RequireMqtt(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<VtnOptions>().MqttBrokerUris.Count == 0
            ? ValueTask.FromResult<object?>(new ProblemResult(404, "MQTT: this VTN offers no MQTT notifier binding (GET /notifiers lists none)."))
            : next(context);
}
