using System.Text.Json;
using Conformance.OpenAdr3.Vtn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Cli.Tests;

/// <summary>
/// A VTN under test that is the reference VTN with one deliberate difference in front of it, each a legitimate or a
/// faulty choice a third-party VTN may make (a wrong secret refused with 403, too few scopes, one ven object per
/// clientID, deletes that fail, an API under a base path): it serves the harness's clients of <see cref="VtnUnderTestFiles"/>
/// (secret "{id}-secret") over http, without MQTT.
/// </summary>
internal sealed class VtnDouble : IAsyncDisposable
{
    private readonly VtnServer _vtn;
    private readonly Dictionary<string, string> _venOwners = []; // ven object id -> the client it belongs to

    private VtnDouble(VtnServer vtn) => _vtn = vtn;

    /// <summary>How the double differs from the reference VTN.</summary>
    public sealed record Behaviour
    {
        /// <summary>Refuses a token for a wrong secret with 403 (the YAML names 400 and 401; some servers answer 403).</summary>
        public bool RefusesWrongSecretWith403 { get; init; }

        /// <summary>Keeps one ven object per clientID (a legitimate choice): a second is refused with 409 until the first is deleted.</summary>
        public bool OneVenObjectPerClient { get; init; }

        /// <summary>The client whose tokens carry only read_targets (a VTN provisioned with too few scopes for it).</summary>
        public string? GrantsOnlyReadTargetsTo { get; init; }

        /// <summary>Every DELETE is answered 500: the harness's clean-up fails.</summary>
        public bool DeletesFail { get; init; }

        /// <summary>The API under a base path (e.g. "/openadr3/3.1.0"), as many VTNs serve it; nothing is served outside it.</summary>
        public string? PathBase { get; init; }
    }

    private Behaviour _behaviour = new();

    /// <summary>While true, every DELETE is answered 500 (set false to let a next run clean up).</summary>
    public bool DeletesFail
    {
        get => _behaviour.DeletesFail;
        set => _behaviour = _behaviour with { DeletesFail = value };
    }

    public Uri BaseAddress => new(_vtn.BaseAddress, (_behaviour.PathBase ?? "").TrimStart('/') + "/");

    /// <param name="url">The VTN's URL as the system-under-test file gives it, with <see cref="Behaviour.PathBase"/> when there is one.</param>
    public static async Task<VtnDouble> StartAsync(string url, Behaviour behaviour)
    {
        var pathBase = behaviour.PathBase ?? "";
        VtnDouble? vtnDouble = null;
        var vtn = await VtnServer.StartAsync(new VtnOptions
        {
            Url = url[..^pathBase.Length],
            Clients = [.. VtnUnderTestFiles.Clients.Select(id => new VtnClientCredential(id, $"{id}-secret",
                id == "harness-business-logic" ? VtnClientRole.BusinessLogic : VtnClientRole.Ven))],
            Notifications = new NotificationOptions { CallbackTrustedCertificates = [VtnUnderTestFiles.ReceiverCertificate] },
            ConfigurePipeline = app =>
            {
                if (pathBase.Length > 0) app.UsePathBase(pathBase).Use((context, next) => context.Request.PathBase.HasValue ? next(context)
                    : Problem(context, 404, "Not Found", $"the API is under {pathBase}"));
                app.Use((context, next) => vtnDouble!.ServeAsync(context, next));
            },
        });
        return vtnDouble = new VtnDouble(vtn) { _behaviour = behaviour };
    }

    private async Task ServeAsync(HttpContext context, RequestDelegate next)
    {
        var (method, path) = (context.Request.Method, context.Request.Path.Value ?? "");
        if (method == "POST" && path.EndsWith("/auth/token", StringComparison.Ordinal))
        {
            var form = await context.Request.ReadFormAsync();
            if (_behaviour.RefusesWrongSecretWith403 && form["client_secret"] != $"{form["client_id"]}-secret")
            {
                await Problem(context, 403, "Forbidden", "wrong client secret");
                return;
            }
            if (form["client_id"] == _behaviour.GrantsOnlyReadTargetsTo)
            {
                await NarrowScopeAsync(context, next);
                return;
            }
        }
        if (_behaviour.DeletesFail && method == "DELETE")
        {
            await Problem(context, 500, "Internal Server Error", "deletes are out of order");
            return;
        }
        if (_behaviour.OneVenObjectPerClient && method == "POST" && path.TrimEnd('/').EndsWith("/vens", StringComparison.Ordinal))
        {
            await OneVenPerClientAsync(context, next);
            return;
        }
        await next(context);
        if (method == "DELETE" && context.Response.StatusCode == 200)
            lock (_venOwners) _venOwners.Remove(path.Split('/')[^1]);
    }

    /// <summary>The owner is the body's clientID (the business logic's request) or the caller's token (a VEN's own).</summary>
    private async Task OneVenPerClientAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        using var sent = await JsonDocument.ParseAsync(context.Request.Body);
        context.Request.Body.Position = 0;
        var owner = sent.RootElement.TryGetProperty("clientID", out var id) ? id.GetString()! : context.Request.Headers.Authorization.ToString();
        bool taken;
        lock (_venOwners) taken = _venOwners.ContainsValue(owner);
        if (taken)
        {
            await Problem(context, 409, "Conflict", "this VTN keeps one ven object per clientID");
            return;
        }
        var body = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        await next(context);
        context.Response.Body = body;
        answer.Position = 0;
        if (context.Response.StatusCode == 201)
        {
            using var created = await JsonDocument.ParseAsync(answer);
            lock (_venOwners) _venOwners[created.RootElement.GetProperty("id").GetString()!] = owner;
            answer.Position = 0;
        }
        await answer.CopyToAsync(body);
    }

    private static async Task NarrowScopeAsync(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        await next(context);
        context.Response.Body = body;
        var token = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(answer.ToArray())!;
        token["scope"] = JsonSerializer.SerializeToElement("read_targets");
        context.Response.ContentLength = null;
        await context.Response.WriteAsync(JsonSerializer.Serialize(token));
    }

    private static Task Problem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { type = "about:blank", title, status, detail }));
    }

    public ValueTask DisposeAsync() => _vtn.DisposeAsync();
}
