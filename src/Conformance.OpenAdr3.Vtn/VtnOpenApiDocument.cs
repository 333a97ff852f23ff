using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// GET /openapi/vtn.json: the VTN's OpenAPI document as the build wrote and committed it (openapi/vtn.json,
/// embedded), without authentication, so a peer can read what this VTN implements. Not an OpenADR operation, so it
/// is left out of the document itself.
/// </summary>
internal static class VtnOpenApiDocument
{
    public const string Path = "openapi/vtn.json";

    private static readonly Lazy<byte[]> Content = new(Load);

    public static void MapOpenApiDocument(this IEndpointRouteBuilder app) =>
        app.MapGet("/" + Path, () => Results.Bytes(Content.Value, "application/json")).ExcludeFromDescription();

    private static byte[] Load()
    {
        using var resource = typeof(VtnOpenApiDocument).Assembly.GetManifestResourceStream(Path)
            ?? throw new InvalidOperationException($"The VTN assembly lacks its embedded {Path}.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }
}
