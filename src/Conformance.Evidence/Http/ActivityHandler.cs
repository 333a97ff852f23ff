using Conformance.Evidence.Clock;

namespace Conformance.Evidence.Http;

/// <summary>
/// Holds an activity of the run clock (<see cref="IRunActivity"/>) while each request of a harness client is in
/// flight, for clients whose messages no <see cref="RecordingHandler"/> records (the harness's own server records
/// them): without it virtual time could jump between the client sending a request and the server receiving it. The
/// activity ends when <c>SendAsync</c> returns: with <c>HttpCompletionOption.ResponseHeadersRead</c> that is before
/// the body is read. On real and scaled time it does nothing.
/// </summary>
public sealed class ActivityHandler(IRunActivity activity) : DelegatingHandler
{
    public ActivityHandler(IRunActivity activity, HttpMessageHandler inner) : this(activity) => InnerHandler = inner;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var inFlight = activity.BeginActivity();
        return await base.SendAsync(request, cancellationToken);
    }
}
