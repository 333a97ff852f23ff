using Conformance.OpenAdr3.SpecClient.Tests.Generated;
using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>
/// The VTN's error answers read as the generated client's error type: the YAML's problem object (status, title, detail),
/// which Kiota throws for every status the operation's responses list.
/// </summary>
internal sealed class ProblemTests : SpecVtnFixture
{
    private const string UnknownId = "no-such-object";

    private static readonly (string Path, Func<OpenAdr3Client, Task> Get)[] ReadsById =
    [
        ("/programs/{programID}", c => c.Programs[UnknownId].GetAsync()),
        ("/events/{eventID}", c => c.Events[UnknownId].GetAsync()),
        ("/reports/{reportID}", c => c.Reports[UnknownId].GetAsync()),
        ("/subscriptions/{subscriptionID}", c => c.Subscriptions[UnknownId].GetAsync()),
        ("/vens/{venID}", c => c.Vens[UnknownId].GetAsync()),
        ("/resources/{resourceID}", c => c.Resources[UnknownId].GetAsync()),
    ];

    private static IEnumerable<TestCaseData> UnknownIds() => ReadsById.Select(r => new TestCaseData(r.Get).SetArgDisplayNames(r.Path));

    [TestCaseSource(nameof(UnknownIds))]
    public async Task An_unknown_id_is_a_404_problem(Func<OpenAdr3Client, Task> get)
    {
        var problem = (await get.Invoking(g => g(bl)).Should().ThrowAsync<Problem>()).Which;

        problem.ResponseStatusCode.Should().Be(404);
        problem.Status.Should().Be(404);
        problem.Title.Should().Be("Not Found");
        problem.Detail.Should().Contain(UnknownId);
        problem.Instance.Should().StartWith("urn:uuid:");
    }

    [Test]
    public async Task A_duplicate_programName_is_a_409_problem()
    {
        var name = SpecVtn.Unique("program");
        await bl.Programs.PostAsync(new ProgramRequest { ProgramName = name });

        var problem = (await bl.Programs.Invoking(p => p.PostAsync(new ProgramRequest { ProgramName = name }))
            .Should().ThrowAsync<Problem>()).Which;

        problem.ResponseStatusCode.Should().Be(409);
        problem.Status.Should().Be(409);
        problem.Title.Should().Be("Conflict");
        problem.Detail.Should().StartWith("programName").And.Contain(name);
    }

    [Test]
    public async Task A_limit_over_50_is_a_400_problem_naming_limit()
    {
        var problem = (await bl.Programs.Invoking(p => p.GetAsync(r => r.QueryParameters.Limit = 51))
            .Should().ThrowAsync<Problem>()).Which;

        problem.ResponseStatusCode.Should().Be(400);
        problem.Status.Should().Be(400);
        problem.Title.Should().Be("Bad Request");
        problem.Detail.Should().StartWith("limit");
    }

    [Test]
    public async Task A_ven_writing_programs_is_a_403_problem()
    {
        var problem = (await ven.Programs.Invoking(p => p.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique("program") }))
            .Should().ThrowAsync<Problem>()).Which;

        problem.ResponseStatusCode.Should().Be(403);
        problem.Status.Should().Be(403);
        problem.Title.Should().Be("Forbidden");
        problem.Detail.Should().NotBeNullOrEmpty();
    }
}
