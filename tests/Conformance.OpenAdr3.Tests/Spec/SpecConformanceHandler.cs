using Conformance.Bindings.OpenAdr3.Conformity;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// Every test's HttpClient to the reference VTN goes through here: each response is checked against
/// openadr3.yaml and any departure is recorded for the test that caused it (<see cref="SpecViolations"/>).
/// The response reaches the caller unchanged, so tests still see exactly what the VTN sent.
/// </summary>
internal sealed class SpecConformanceHandler(Uri vtnBase, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var uri = request.RequestUri!;
        if (!vtnBase.IsBaseOf(uri)) return response;

        // Buffered, so both the check and the caller can read the body.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var path = uri.AbsolutePath[vtnBase.AbsolutePath.Length..];
        var check = new AnswerCheck(await OpenAdrSpec.LoadAsync(), Deviations.Current.Allows);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        foreach (var violation in check.Check(request.Method.Method, path, (int)response.StatusCode, mediaType, body))
            SpecViolations.Record(violation);
        return response;
    }
}
