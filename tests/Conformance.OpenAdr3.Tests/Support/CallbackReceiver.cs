using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Conformance.OpenAdr3.Wire;
using Conformance.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>
/// A webhook callback endpoint on 127.0.0.1:0, over https with <see cref="TestCertificate"/> (which every
/// <see cref="TestVtn"/> trusts) or a given certificate, that answers the VTN's echo challenge (GET ?echo=X: 200 and X,
/// Definition.md Webhooks) and records every POST it gets (the Authorization header and the notification), then
/// answers <c>status</c> after <c>delay</c>, or at once after <see cref="Release"/>.
/// </summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedCallback> received = new();
    private readonly ConcurrentQueue<string> challenges = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource released = new();
    private int answered;

    private static readonly Lazy<CallbackReceiver> SharedReceiver = new(() => StartAsync().GetAwaiter().GetResult());

    private CallbackReceiver(WebApplication app) => this.app = app;

    /// <summary>The development certificate test receivers serve by default; <see cref="TestVtn"/> trusts it.</summary>
    public static X509Certificate2 TestCertificate { get; } = DevelopmentCertificates.CreateServerCertificate([], "Test callback receiver");

    /// <summary>
    /// A receiver for the process, never stopped: the callback of subscriptions whose notifications a test does not
    /// look at (<see cref="Samples.Subscription"/>), which must still pass the echo challenge to be created.
    /// </summary>
    public static Uri Shared => SharedReceiver.Value.Url;

    /// <summary>The echo challenges (their echo values) it has answered.</summary>
    public IReadOnlyList<string> Challenges => [.. challenges];

    public Uri Url => new(app.Urls.First().TrimEnd('/') + "/callbacks");

    public IReadOnlyList<ReceivedCallback> Received => [.. received];

    /// <summary>How many POSTs it has answered so far.</summary>
    public int Answered => Volatile.Read(ref answered);

    /// <param name="certificate">Serves https:// with this certificate; null: with <see cref="TestCertificate"/>.</param>
    public static async Task<CallbackReceiver> StartAsync(int status = 200, TimeSpan? delay = null, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate ?? TestCertificate));
        var app = builder.Build();
        app.Urls.Add("https://127.0.0.1:0");
        var receiver = new CallbackReceiver(app);
        app.Run(context => receiver.HandleAsync(context, status, delay ?? TimeSpan.Zero));
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The first <paramref name="count"/> callbacks, once that many have arrived (fails after 10 s).</summary>
    public async Task<IReadOnlyList<ReceivedCallback>> WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (received.Count < count)
        {
            if (timeout.IsCancellationRequested) Assert.Fail($"{Url} got {received.Count} callbacks, expected {count}.");
            await Task.Delay(20);
        }
        return Received.Take(count).ToList();
    }

    /// <summary>Answers the POSTs it holds now, and every later one, without waiting out the delay.</summary>
    public void Release() => released.Cancel();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, int status, TimeSpan delay)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Query["echo"] is [{ } echo])
        {
            challenges.Enqueue(echo);
            await context.Response.WriteAsync(echo);
            return;
        }
        var notification = await JsonSerializer.DeserializeAsync<Notification>(context.Request.Body, OpenAdrJson.Options);
        received.Enqueue(new ReceivedCallback(context.Request.Headers.Authorization.ToString(), notification!));
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, released.Token);
        try
        {
            await Task.Delay(delay, wait.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return; // the test is over
        }
        catch (OperationCanceledException)
        {
            // released: answer now
        }
        context.Response.StatusCode = status;
        Interlocked.Increment(ref answered);
    }
}

/// <summary>One POST a <see cref="CallbackReceiver"/> got.</summary>
internal sealed record ReceivedCallback(string Authorization, Notification Notification);
