using Conformance.Evidence.Http;
using Conformance.Evidence.Log;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>
/// Stands before a harness client's <see cref="RecordingHandler"/> towards a VTN under test: each answer, once
/// recorded, is checked against openadr3.yaml, and how the client's lenient read had to bend (<see cref="OpenAdrClient"/>,
/// <see cref="LenientJson"/>) is heard; every departure is a finding naming the record, the JSON path and the rule, kept
/// for the scenario the record belongs to. The answer reaches the client unchanged.
/// </summary>
public sealed class ConformityHandler(Uri vtnBase, EvidenceLog evidence, RunFindings findings, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        EvidenceRecord? record = null;
        var scenario = evidence.CurrentScenario;
        // The harness's own VTN records its answers itself, out of the client's sight: there the finding names no record.
        request.Options.Set(OpenAdrClient.DeviationsObserver, deviations =>
        {
            foreach (var deviation in deviations)
                findings.Note(record?.Scenario ?? scenario, new Finding(deviation.Rule, deviation.Message, record?.Seq, deviation.Path));
        });
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.Options.TryGetValue(RecordingHandler.ResponseRecord, out record) || !vtnBase.IsBaseOf(request.RequestUri!)) return response;

        var check = new AnswerCheck(await OpenAdrSpec.LoadAsync());
        var path = request.RequestUri!.AbsolutePath[vtnBase.AbsolutePath.Length..];
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        foreach (var violation in check.Check(request.Method.Method, path, (int)response.StatusCode, mediaType, body))
            findings.Note(record.Scenario, new Finding(violation.Rule, $"{violation.Operation} answered {violation.Status}: {violation.Message}",
                record.Seq, violation.JsonPath.Length == 0 ? null : violation.JsonPath));
        return response;
    }
}
