using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Features;

/// <summary>
/// Faults put in the reference VTN's pipeline, inside the evidence recording, to make it a deliberately wrong VTN: its
/// answer to the requests a fault applies to is held back, changed and sent (with its length), so the evidence shows
/// what a wrong VTN would have sent.
/// </summary>
internal static class VtnFaults
{
    /// <summary>
    /// Holds back the answer to each request <paramref name="applies"/> takes and sends what <paramref name="change"/>
    /// makes of its body; the request's body stays readable after the VTN has read it.
    /// </summary>
    public static Action<IApplicationBuilder> Intercept(Func<HttpRequest, bool> applies, Func<HttpContext, byte[], Task<byte[]>> change) =>
        app => app.Use(async (context, next) =>
        {
            if (!applies(context.Request))
            {
                await next(context);
                return;
            }
            context.Request.EnableBuffering();
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            await next(context);
            context.Response.Body = original;
            var body = await change(context, buffer.ToArray());
            context.Response.ContentLength = body.Length;
            await original.WriteAsync(body);
        });

    /// <summary>
    /// Changes the JSON body of the VTN's answers to one method on one collection, when <paramref name="when"/> takes their status.
    /// </summary>
    public static Action<IApplicationBuilder> Rewrite(string method, string collection, Func<int, bool> when, Action<JsonNode> change) =>
        Intercept(request => request.Method == method && request.Path.StartsWithSegments(collection), (context, body) =>
        {
            if (!when(context.Response.StatusCode) || body.Length == 0 || JsonNode.Parse(body) is not { } json) return Task.FromResult(body);
            change(json);
            return Task.FromResult(Encoding.UTF8.GetBytes(json.ToJsonString()));
        });

    /// <summary>The objects reached from one object or a list of them by following the path's lists (none: the objects themselves).</summary>
    public static List<JsonObject> Each(JsonNode node, params string[] path)
    {
        IEnumerable<JsonObject> level = node is JsonArray list ? list.OfType<JsonObject>() : [node.AsObject()];
        foreach (var field in path)
            level = level.SelectMany(o => o[field] is JsonArray items ? items.OfType<JsonObject>() : []).ToList();
        return [.. level];
    }
}
