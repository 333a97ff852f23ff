using Conformance.Bindings.OpenAdr3.Conformity;
using Conformance.Model.Verdicts;

namespace Conformance.Features.Bindings;

/// <summary>The findings a run's exchanges make wait under their scenario, once each, until its ledger takes them.</summary>
public class RunFindingsTests
{
    private static readonly Finding Scope = new("openadr3.yaml clientCredentialResponse.scope: StringExpected", "a list", 12, "$.scope");

    [Test]
    public void A_finding_goes_to_its_scenario_once_and_is_taken_once()
    {
        var findings = new RunFindings();

        findings.Note("a.feature:3", Scope);
        findings.Note("a.feature:3", Scope with { Message = "the same place again, from the client's lenient read" });
        findings.Note("b.feature:9", Scope with { Record = 40 });

        findings.Take("a.feature:3").Should().Equal(Scope);
        findings.Take("a.feature:3").Should().BeEmpty();
        findings.Take("b.feature:9").Should().ContainSingle().Which.Record.Should().Be(40);
    }

    [Test]
    public void A_finding_about_the_run_is_noted_on_the_first_scenario_that_meets_it_only()
    {
        var findings = new RunFindings();
        var http = new Finding("Definition.md HTTPS/TLS", "plain http");

        findings.NoteOnce("vtn http", "a.feature:3", http);
        findings.NoteOnce("vtn http", "b.feature:9", http);

        findings.Take("a.feature:3").Should().Equal(http);
        findings.Take("b.feature:9").Should().BeEmpty();
    }

    [Test]
    public void Two_runs_keep_their_findings_apart()
    {
        var (one, two) = (new RunFindings(), new RunFindings());

        one.Note("a.feature:3", Scope);

        two.Take("a.feature:3").Should().BeEmpty();
        one.Take("a.feature:3").Should().Equal(Scope);
    }
}
