using Conformance.Evidence.Clock;

namespace Conformance.Evidence.Http;

/// <summary>
/// Holds an activity of the run clock (<see cref="IRunActivity"/>) while each request of a harness client is in
/// flight, for clients whose messages no <see cref="RecordingHandler"/> records (the harness's own server records
/// them): without it virtual time could jump between the client sending a request and the server receiving it. The
/// activity ends once the response's body is read (buffered here), so the client has its answer before time moves on.
/// On real and scaled time it does nothing.
/// </summary>
public sealed class ActivityHandler(IRunActivity activity) : DelegatingHandler
{
    public ActivityHandler(IRunActivity activity, HttpMessageHandler inner) : this(activity) => InnerHandler = inner;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var inFlight = activity.BeginActivity();
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }
}
