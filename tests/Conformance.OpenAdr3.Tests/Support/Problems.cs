using System.Net;
using System.Net.Http.Json;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.Support;

internal static class Problems
{
    /// <summary>Runs <paramref name="act"/>, which must fail with <paramref name="status"/> and a problem saying so.</summary>
    public static async Task<Problem> ExpectAsync(HttpStatusCode status, Func<Task> act)
    {
        var failure = (await act.Should().ThrowAsync<ProblemException>()).Which;
        failure.StatusCode.Should().Be(status, failure.Message);
        failure.Problem!.Status.Should().Be((int)status);
        return failure.Problem;
    }

    /// <summary>
    /// A raw response that must be the YAML's problem under application/json (the media type every error
    /// response of the YAML declares), its status equal to the HTTP status.
    /// </summary>
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var problem = (await response.Content.ReadFromJsonAsync<Problem>(OpenAdrJson.Options))!;
        problem.Status.Should().Be((int)expected);
        problem.Title.Should().NotBeNullOrEmpty();
        problem.Instance.Should().StartWith("urn:uuid:");
        return problem;
    }
}
