using Conformance.Bindings.OpenAdr3;
using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Harness;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Vtn;
using Conformance.Runner.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Features;

/// <summary>
/// VTNs whose callback checks are wrong (the reference VTN with its echo challenge reshaped for subscription requests, or
/// started with its development switch) fail the callback-verification scenario that judges the broken rule, at the
/// step that judges it, naming the record and citing Definition.md (Webhooks).
/// </summary>
[TestFixture]
public sealed class WrongCallbackCheckTests
{
    private const string ChallengeScenario = "The VTN challenges each new callback URL with a random echo value before it allows the subscription";

    [Test]
    public async Task A_vtn_that_challenges_with_the_same_value_every_time_fails_the_random_value_step()
    {
        var result = await WrongVtnTests.RunAsync(ChallengeScenario, Challenging(new FixedValue()));

        result.Verdict.Should().Be(Verdict.Fail, result.Message);
        result.DecidingStep!.Step.Text.Should().Be("each echo challenge carried a different value");
        result.Message.Should()
            .MatchRegex(@"Expected a random generated value in each echo challenge \(Definition\.md \(Webhooks\): .*random generated string value")
            .And.MatchRegex(@"but #\d+ and #\d+ all carried echo=12345");
    }

    [Test]
    public async Task A_vtn_that_challenges_another_path_than_the_callback_url_fails_the_challenge_step_naming_its_request()
    {
        var result = await WrongVtnTests.RunAsync(ChallengeScenario, Challenging(new PathSuffix()));

        result.Verdict.Should().Be(Verdict.Fail, result.Message);
        result.DecidingStep!.Step.Text.Should().Be("the VTN sent the webhook an echo challenge before it answered the subscription");
        result.Message.Should().Contain("MUST send a GET request to the provided callback URL")
            .And.MatchRegex(@"it sent only #\d+ t=\S+ s GET /callbacks/\S+/verify\?echo=\S+ \(Vtn -> BusinessLogic\), not to the callback URL")
            .And.MatchRegex(@"it answered #\d+ t=\S+ s POST /subscriptions \(Vtn -> BusinessLogic\) 400");
    }

    [Test]
    public async Task A_spec_true_challenge_passes()
    {
        var result = await WrongVtnTests.RunAsync(ChallengeScenario, _ => { });

        result.Verdict.Should().Be(Verdict.Pass, result.Message);
    }

    [Test]
    public async Task A_vtn_that_takes_http_callbacks_fails_the_http_scenario_citing_the_https_rule()
    {
        var sut = SystemUnderTestDescription.EmbeddedDefault with
        {
            BindingSection = OpenAdr3Settings.Default with { Callbacks = HarnessCallbacks.Loopback with { Scheme = HarnessCallbacks.Http } },
        };
        var output = Path.Combine(Path.GetTempPath(), "conformance-features", Guid.NewGuid().ToString("N"));
        var plan = FeatureScenarios.Plan(sut, new OpenAdr3Binding(), output);
        await using var run = await ConformanceRun.StartAsync(plan);

        var result = await run.RunScenarioAsync(plan.Features.Scenarios.Single(s => s.DisplayName.Contains("The VTN refuses an http callback URL")));

        result.Verdict.Should().Be(Verdict.Fail, result.Message);
        result.DecidingStep!.Step.Text.Should().Be("the VTN refused the subscription");
        result.Message.Should().Contain("its callback URL http://127.0.0.1:")
            .And.Contain("The VTN MUST validate that an HTTPS schema is used for the callback URL")
            .And.MatchRegex(@"it allowed it: #\d+ t=\S+ s POST /subscriptions \(Vtn -> BusinessLogic\) 201");
        run.Conditions().Should().ContainSingle().Which.Should().Contain("http callback URLs");
    }

    /// <summary>Middleware that gives the VTN's subscription requests another echo challenge.</summary>
    private static Action<IApplicationBuilder> Challenging(IEchoChallenge challenge) => app => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/subscriptions")) context.Features.Set(challenge);
        return next(context);
    });

    private sealed class FixedValue : IEchoChallenge
    {
        public string NewValue() => "12345";
    }

    private sealed class PathSuffix : IEchoChallenge
    {
        public string NewValue() => Guid.NewGuid().ToString("N");

        public Uri Target(Uri callbackUrl, string value) => new($"{callbackUrl.AbsoluteUri.TrimEnd('/')}/verify?echo={value}");
    }
}
