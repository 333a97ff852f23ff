using System.IO.Pipelines;
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
        // Headers first: body bytes written before them are held aside and copied in behind them.
        await response.StartAsync();
        Copy(segments, response.BodyWriter);
        await response.BodyWriter.FlushAsync();
    }

    /// <summary>Fills the writer's buffers a block at a time: one Advance per block, not one per segment.</summary>
    private static void Copy(IReadOnlyList<ReadOnlyMemory<byte>> segments, PipeWriter writer)
    {
        var block = writer.GetSpan();
        var used = 0;
        foreach (var segment in segments)
        {
            var rest = segment.Span;
            while (!rest.IsEmpty)
            {
                if (used == block.Length)
                {
                    writer.Advance(used);
                    block = writer.GetSpan();
                    used = 0;
                }
                var count = Math.Min(rest.Length, block.Length - used);
                rest[..count].CopyTo(block[used..]);
                used += count;
                rest = rest[count..];
            }
        }
        writer.Advance(used);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TValue), ["application/json"]));
}
