using Conformance.Bindings.OpenAdr3.Conformity;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>The check that every test's VTN responses go through must itself catch drift.</summary>
public class ResponseCheckTests
{
    private const string Problem = """{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "x", "instance": "urn:uuid:0"}""";
    private const string Program = """
        {"id": "p1", "createdDateTime": "2025-01-01T00:00:00.000Z", "modificationDateTime": "2025-01-01T00:00:00.000Z",
         "objectType": "PROGRAM", "programName": "p"}
        """;

    private AnswerCheck check = null!;

    [OneTimeSetUp]
    public async Task LoadSpec() => check = new AnswerCheck(await OpenAdrSpec.LoadAsync(), Deviations.Current.Allows);

    [Test]
    public void Conforming_program_passes() =>
        check.Check("GET", "programs/p1", 200, "application/json", Program).Should().BeEmpty();

    [Test]
    public void Missing_required_property_is_named_with_its_json_path()
    {
        var violations = check.Check("GET", "programs/p1", 200, "application/json", Program.Replace(", \"programName\": \"p\"", ""));

        violations.Should().ContainSingle().Which.ToString().Should()
            .Contain("searchProgramByProgramId (GET /programs/{programID}) -> 200").And.Contain("programName");
    }

    [Test]
    public void Wrong_type_inside_a_list_is_caught()
    {
        var violations = check.Check("GET", "programs", 200, "application/json", $"[{Program.Replace("\"p\"}", "42}")}]");

        violations.Should().ContainSingle().Which.JsonPath.Should().Be("$[0].programName");
    }

    [Test]
    public void Status_the_operation_does_not_list_is_caught() =>
        check.Check("DELETE", "programs/p1", 409, "application/json", Problem).Should().ContainSingle()
            .Which.Message.Should().Contain("409 is not a response");

    [Test]
    public void Media_type_other_than_the_declared_one_is_caught() =>
        check.Check("GET", "programs/p1", 404, "application/problem+json", Problem).Should().ContainSingle()
            .Which.Message.Should().Contain("application/problem+json");

    [Test]
    public void Non_rfc3339_createdDateTime_is_caught() =>
        check.Check("GET", "programs/p1", 200, "application/json", Program.Replace("2025-01-01T00:00:00.000Z\", \"mod", "17:15:16\", \"mod"))
            .Should().ContainSingle().Which.JsonPath.Should().Be("$.createdDateTime");

    [Test]
    public void A_timestamp_without_T_is_caught_and_named_by_its_rule() =>
        check.Check("GET", "programs/p1", 200, "application/json",
                Program.Replace("2025-01-01T00:00:00.000Z\", \"mod", "2025-01-01 00:00:00.000Z\", \"mod"))
            .Should().ContainSingle().Which.Should().Match<SpecViolation>(v =>
                v.JsonPath == "$.createdDateTime" && v.Rule == "openadr3.yaml program.createdDateTime: DateTimeExpected");

    [Test]
    public void A_scope_list_in_the_token_answer_is_caught_and_named_by_its_rule() =>
        check.Check("POST", "auth/token", 200, "application/json", """{"access_token": "t", "token_type": "Bearer", "scope": ["a", "b"]}""")
            .Should().ContainSingle().Which.Should().Match<SpecViolation>(v =>
                v.JsonPath == "$.scope" && v.Rule == "openadr3.yaml clientCredentialResponse.scope: StringExpected");

    [Test]
    public void Error_without_a_problem_body_is_caught() =>
        check.Check("GET", "programs/p1", 404, "application/json", """{"status": "404"}""").Should().NotBeEmpty();

    [Test]
    public void Undefined_operation_must_answer_404_or_405_with_a_problem()
    {
        check.Check("GET", "no-such-thing", 404, "application/json", Problem).Should().BeEmpty();
        check.Check("PATCH", "programs/p1", 200, "application/json", Program).Should().ContainSingle();
    }

    [Test]
    public async Task Literal_path_segments_win_over_parameters() =>
        (await OpenAdrSpec.LoadAsync()).Find("GET", "notifiers/mqtt/topics/programs")!.Operation.OperationId
            .Should().Be("listAllMqttNotifierTopicsPrograms");

    [Test]
    public void Listed_deviation_is_allowed_and_only_it()
    {
        const string ven = """
            {"id": "v1", "createdDateTime": "2025-01-01T00:00:00Z", "modificationDateTime": "2025-01-01T00:00:00Z",
             "objectType": "VEN", "clientID": "c", "venName": "v"}
            """;

        check.Check("GET", "vens/v1", 200, "application/json", ven).Should().BeEmpty();
        check.Check("GET", "vens", 200, "application/json", $"[{ven}]").Should().BeEmpty();
        check.Check("GET", "vens/v1", 200, "application/json", ven.Replace("\"venName\": \"v\"", "\"venName\": \"\"")).Should().NotBeEmpty();
    }
}
