using System.Text.Json;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Program and event answers written from each stored object's cached JSON (<see cref="WireJson"/>) are the bytes
/// the serializer writes for what the reader may see, and follow every update.
/// </summary>
public class WireJsonTests
{
    private JsonSerializerOptions options = null!;
    private WireJson json = null!;

    /// <summary>The options the VTN's answers are written with: ASP.NET Core's, with the OpenADR settings.</summary>
    [SetUp]
    public void CreateCache()
    {
        var configured = new JsonOptions();
        OpenAdrJson.Configure(configured.SerializerOptions);
        options = configured.SerializerOptions;
        json = new WireJson(Options.Create(configured));
    }

    [Test]
    public async Task A_list_read_by_bl_is_what_the_serializer_writes_with_its_length()
    {
        IReadOnlyList<Event> events = [Samples.SimpleEvent("p1", 1, ["a", "b"]), Samples.SimpleEvent("p1", 2), Samples.SimpleEvent("p2", 3, [])];

        var (body, length) = await WriteAsync(json.List(events, e => e.Targets, TargetAccess.ForBl(null)));

        body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(events, options));
        length.Should().Be(body.Length);
    }

    [Test]
    public async Task A_ven_sees_only_its_targets_written_into_the_cached_json()
    {
        var evt = Samples.SimpleEvent("p1", 1, ["a", "b", "c"]) with { Id = "e1" };
        var access = TargetAccess.ForVen(null, new HashSet<string> { "b", "c" });
        await WriteAsync(json.One(evt, e => e.Targets, TargetAccess.ForBl(null)));

        var (body, _) = await WriteAsync(json.One(evt, e => e.Targets, access));

        body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(evt with { Targets = ["b", "c"] }, options));
    }

    [Test]
    public async Task Programs_hide_targets_the_same_way()
    {
        var program = Samples.Program(targets: ["x", "y"]) with { Id = "p1", Attributes = [ValuesMap.Of("PRICE", 0.25)] };

        var (body, _) = await WriteAsync(json.List([program], p => p.Targets, TargetAccess.ForVen(null, new HashSet<string> { "y" })));

        body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(new[] { program with { Targets = ["y"] } }, options));
    }

    [Test]
    public async Task An_updated_object_is_written_as_updated()
    {
        var events = new EventStore(TimeProvider.System, NullLogger<EventStore>.Instance);
        var id = events.Create(Samples.SimpleEvent("p1", 1)).Value!.Id!;
        var bl = TargetAccess.ForBl(null);
        await WriteAsync(json.One(events.Find(id)!, e => e.Targets, bl));

        events.Update(id, e => e with { EventName = "renamed", Priority = 3 });

        var updated = events.Find(id)!;
        var (body, _) = await WriteAsync(json.One(updated, e => e.Targets, bl));
        body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(updated, options));
        JsonDocument.Parse(body).RootElement.GetProperty("eventName").GetString().Should().Be("renamed");
    }

    private static async Task<(byte[] Body, long? Length)> WriteAsync(IResult result)
    {
        var body = new MemoryStream();
        var context = new DefaultHttpContext { Response = { Body = body } };
        await result.ExecuteAsync(context);
        context.Response.ContentType.Should().Be("application/json; charset=utf-8");
        return (body.ToArray(), context.Response.ContentLength);
    }
}
