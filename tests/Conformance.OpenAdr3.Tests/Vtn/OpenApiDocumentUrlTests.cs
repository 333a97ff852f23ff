using System.Net;
using Conformance.OpenAdr3.Tests.Spec;
using Conformance.OpenAdr3.Tests.Support;
using NSwag;

namespace Conformance.OpenAdr3.Tests.VtnTests;

public class OpenApiDocumentUrlTests
{
    [Test]
    public async Task The_vtn_serves_its_committed_openapi_document_without_a_token()
    {
        await using var vtn = await TestVtn.StartAsync();
        // Not through the spec check: the path is the VTN's own, no OpenADR operation.
        using var http = new HttpClient();

        using var response = await http.GetAsync(vtn.Server.OpenApiDocumentUrl);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        vtn.Server.OpenApiDocumentUrl.AbsolutePath.Should().Be("/openapi/vtn.json");
        var served = await OpenApiDocument.FromJsonAsync(await response.Content.ReadAsStringAsync());
        var committed = await OpenApiDocument.FromFileAsync(SpecFiles.VtnOpenApi);
        served.Paths.Keys.Should().BeEquivalentTo(committed.Paths.Keys).And.Contain("/programs").And.NotContain("/openapi/vtn.json");
    }
}
