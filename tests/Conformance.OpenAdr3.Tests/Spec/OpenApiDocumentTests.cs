using Conformance.Bindings.OpenAdr3.Conformity;
using NSwag;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// The VTN's OpenAPI document, written at build time (src/Conformance.OpenAdr3.Vtn.OpenApi) and committed,
/// against openadr3.yaml: every difference must be a row of docs/openadr3-deviations.md, and every row of
/// the table about the document must still be a difference.
/// </summary>
public class OpenApiDocumentTests
{
    private IReadOnlyList<string> differences = null!;

    [OneTimeSetUp]
    public async Task Compare()
    {
        var vtn = await OpenApiDocument.FromFileAsync(SpecFiles.VtnOpenApi);
        differences = OpenApiComparison.Differences((await OpenAdrSpec.LoadAsync()).Document, vtn).Distinct().Order().ToList();
    }

    [Test]
    public async Task The_yaml_compared_with_itself_differs_in_nothing()
    {
        var spec = (await OpenAdrSpec.LoadAsync()).Document;

        OpenApiComparison.Differences(spec, spec).Should().BeEmpty();
    }

    [Test]
    public void Every_difference_from_the_yaml_is_a_listed_deviation()
    {
        var unlisted = differences.Where(d => !Deviations.Current.Allows(d)).ToList();

        unlisted.Should().BeEmpty($"each needs a row in {SpecFiles.Deviations} saying why (key in backticks):\n{string.Join('\n', unlisted)}\n");
    }

    [Test]
    public void Every_listed_document_deviation_is_still_a_difference()
    {
        var stale = Deviations.Current.Keys.Where(k => k.StartsWith("document ") || k.StartsWith("status ")).Except(differences);

        stale.Should().BeEmpty("a deviation that no longer exists should leave the table");
    }
}
