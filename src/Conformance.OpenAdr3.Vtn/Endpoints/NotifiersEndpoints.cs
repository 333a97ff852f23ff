using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

internal static class NotifiersEndpoints
{
    /// <summary>
    /// The YAML asks read_all, yet its MQTT sequence diagram has a VEN call GET /notifiers, and a VEN holds
    /// read_targets: both are accepted.
    /// </summary>
    public static RouteHandlerBuilder MapNotifiers(this IEndpointRouteBuilder app) =>
        app.MapGet("/notifiers", ListAllNotifiers).WithTags("notifiers").WithName("listAllNotifiers")
            .RequireScope(Scopes.ReadAll, Scopes.ReadTargets);

    /// <summary>WEBHOOK "Currently MUST be true"; MQTT is listed only when broker URIs are configured.</summary>
    internal static Ok<NotifiersResponse> ListAllNotifiers(VtnOptions options) => TypedResults.Ok(new NotifiersResponse
    {
        Webhook = true,
        Mqtt = options.MqttBrokerUris.Count == 0 ? null : new MqttNotifierBinding
        {
            Uris = options.MqttBrokerUris,
            Serialization = MqttNotifierBinding.Json,
            Authentication = options.MqttAuthentication,
        },
    });
}
