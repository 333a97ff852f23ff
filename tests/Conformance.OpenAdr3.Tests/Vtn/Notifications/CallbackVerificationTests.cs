using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Definition.md (3.1.0, Webhooks): the VTN "MUST validate that an HTTPS schema is used for the callback URL", sends a
/// GET with a random "echo" value to a new callback URL, and "MUST NOT allow creation of the subscription" unless the
/// answer is 200 OK with that value in the body.
/// </summary>
public class CallbackVerificationTests : ResourceTests
{
    [Test]
    public async Task Each_new_subscription_is_challenged_with_a_fresh_random_value_and_created_when_echoed()
    {
        var (_, bl) = await StartVtnAsync();
        var callback = await Start(ScriptedCallback.EchoingAsync());

        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, callback.Url));
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Program, callback.Url));

        callback.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Method == "GET" && r.Target.StartsWith("/callbacks?echo="));
        callback.Echoes.Should().OnlyHaveUniqueItems().And.OnlyContain(e => e.Length >= 32);
        (await bl.GetSubscriptionsAsync(CancellationToken.None)).Should().HaveCount(2);
    }

    [Test]
    public async Task An_answer_that_is_the_value_as_a_json_string_passes()
    {
        var (_, bl) = await StartVtnAsync();
        var callback = await Start(ScriptedCallback.StartAsync(context =>
            context.Response.WriteAsync($"\"{context.Request.Query["echo"]}\"\n")));

        var created = await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, callback.Url));

        created.Id.Should().NotBeNull();
    }

    [TestCase("wrong value", "answered 200 without the value in its body (got 'not-the-echo')")]
    [TestCase("404", "was answered HTTP 404, not 200 OK")]
    [TestCase("redirect", "was answered HTTP 302, not 200 OK")]
    [TestCase("silent", "had no answer within 0.5 s")]
    public async Task A_receiver_that_does_not_echo_gets_no_subscription_and_a_400_naming_the_url_and_why(string behaviour, string reason)
    {
        var (_, bl) = await StartVtnAsync(o => o with
        {
            Notifications = o.Notifications with { CallbackCheckTimeout = TimeSpan.FromMilliseconds(500) },
        });
        var callback = await Start(ScriptedCallback.StartAsync(context => behaviour switch
        {
            "wrong value" => context.Response.WriteAsync("not-the-echo"),
            "404" => Status(context, 404),
            "redirect" => Redirect(context),
            _ => Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default),
        }));

        var refused = await FluentActions.Awaiting(() => bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, callback.Url)))
            .Should().ThrowAsync<ProblemException>();

        refused.Which.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refused.Which.Problem!.Detail.Should().Contain("objectOperations[0].callbackUrl").And.Contain(callback.Url.ToString()).And.Contain(reason);
        (await bl.GetSubscriptionsAsync(CancellationToken.None)).Should().BeEmpty();
        callback.Requests.Should().ContainSingle("the redirect is not followed and nothing is retried");
    }

    [Test]
    public async Task A_callback_nobody_listens_on_is_refused_as_connection_refused()
    {
        var (_, bl) = await StartVtnAsync();
        var callback = await ScriptedCallback.EchoingAsync();
        var url = callback.Url;
        await callback.DisposeAsync();

        var refused = await FluentActions.Awaiting(() => bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, url)))
            .Should().ThrowAsync<ProblemException>();

        refused.Which.Problem!.Detail.Should().Contain("connection refused");
    }

    [Test]
    public async Task An_http_callback_is_refused_without_a_request_unless_the_development_switch_allows_it()
    {
        var (_, bl) = await StartVtnAsync();
        var (_, allowingBl) = await StartVtnAsync(o => o with { AllowHttpCallbacks = true });
        var callback = await Start(ScriptedCallback.EchoingAsync(https: false));

        var refused = await FluentActions.Awaiting(() => bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, callback.Url)))
            .Should().ThrowAsync<ProblemException>();
        callback.Requests.Should().BeEmpty();
        await allowingBl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, callback.Url));

        refused.Which.Problem!.Detail.Should().Contain("is not https").And.Contain("--allow-http-callbacks");
        callback.Echoes.Should().ContainSingle("the development switch lets http through, never without the challenge");
    }

    [Test]
    public async Task An_update_challenges_only_a_callback_url_the_subscription_did_not_list()
    {
        var (_, bl) = await StartVtnAsync();
        var first = await Start(ScriptedCallback.EchoingAsync());
        var second = await Start(ScriptedCallback.StartAsync(context => context.Response.WriteAsync("wrong")));
        var created = await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, first.Url));

        await bl.UpdateSubscriptionAsync(created.Id!, Subscribe.To(ObjectTypes.Event, first.Url) with { ClientName = "renamed" });
        var refused = await FluentActions.Awaiting(() => bl.UpdateSubscriptionAsync(created.Id!, Subscribe.To(ObjectTypes.Event, second.Url)))
            .Should().ThrowAsync<ProblemException>();

        first.Echoes.Should().ContainSingle("an unchanged callback URL is not challenged again");
        second.Echoes.Should().ContainSingle();
        refused.Which.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bl.GetSubscriptionAsync(created.Id!)).ObjectOperations!.Single().CallbackUrl.Should().Be(first.Url.ToString());
    }

    [Test]
    public async Task A_notification_is_posted_with_content_length_not_chunked()
    {
        var (_, bl) = await StartVtnAsync();
        var callback = await Start(ScriptedCallback.EchoingAsync());
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Program, callback.Url));

        await bl.CreateProgramAsync(Samples.Program());
        var notification = await WaitForPostAsync(callback);

        notification.ContentLength.Should().Be(System.Text.Encoding.UTF8.GetByteCount(notification.Body));
        notification.TransferEncoding.Should().BeEmpty();
    }

    private static async Task<ScriptedRequest> WaitForPostAsync(ScriptedCallback callback)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!callback.Requests.Any(r => r.Method == "POST")) await Task.Delay(20, timeout.Token);
        return callback.Requests.First(r => r.Method == "POST");
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Redirect(HttpContext context)
    {
        context.Response.Redirect($"{context.Request.Path}/elsewhere{context.Request.QueryString}");
        return Task.CompletedTask;
    }

    private async Task<(TestVtn Vtn, OpenAdrClient Bl)> StartVtnAsync(Func<VtnOptions, VtnOptions>? configure = null)
    {
        var vtn = await Start(TestVtn.StartAsync(configure: configure));
        return (vtn, await vtn.ConnectAsync(TestVtn.Bl));
    }
}
