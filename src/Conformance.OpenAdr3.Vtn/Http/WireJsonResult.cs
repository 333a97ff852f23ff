using System.Buffers;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// A 200 whose body is <typeparamref name="TValue"/>'s JSON already made (<see cref="WireJson"/>): the answer
/// <see cref="Microsoft.AspNetCore.Http.HttpResults.Ok{TValue}"/> gives, with the same media type and the same
/// OpenAPI description, written from ready bytes with its Content-Length.
/// </summary>
internal sealed class WireJsonResult<TValue>(IReadOnlyList<ReadOnlyMemory<byte>> segments) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = segments.Sum(s => (long)s.Length);
        foreach (var segment in segments) response.BodyWriter.Write(segment.Span);
        await response.BodyWriter.FlushAsync();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TValue), ["application/json"]));
}
