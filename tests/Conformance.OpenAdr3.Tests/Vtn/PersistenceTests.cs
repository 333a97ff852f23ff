using System.Net;
using System.Text.Json;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// A VTN on a SQLite file, stopped and started again on that file a day later: what the first one stored is there,
/// unchanged, and the second one goes on with it.
/// </summary>
public class PersistenceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly TempDatabase file = new();
    private readonly List<ObjectMetadata> stored = [];
    private TestVtn restarted = null!;
    private OpenAdrClient bl = null!;

    [OneTimeSetUp]
    public async Task StoreEveryKindOfObjectAndRestart()
    {
        await using (var vtn = await TestVtn.StartOnAsync(file.Path, time))
        {
            var firstBl = await vtn.ConnectAsync(TestVtn.Bl);
            var ven = await vtn.ConnectAsync(TestVtn.Ven);
            var program = await firstBl.CreateProgramAsync(Samples.Program(targets: ["group-1"]) with { Attributes = [ValuesMap.Of("PRICE", 0.25)] });
            time.Advance(TimeSpan.FromMinutes(3));
            program = await firstBl.UpdateProgramAsync(program.Id!, program with { Targets = ["group-1", "group-2"] });
            var venObject = await firstBl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, ["group-1"]));
            var resource = await firstBl.CreateResourceAsync(Samples.BlResource(venObject, ["feeder-7"]));
            var evt = await firstBl.CreateEventAsync(Samples.SimpleEvent(program.Id!, 2, ["group-1"]));
            var subscription = await ven.CreateSubscriptionAsync(Samples.Subscription(program.Id));
            var report = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "meter", Resources = [] });
            var another = await firstBl.CreateProgramAsync(Samples.Program());
            stored.AddRange([program, venObject, resource, evt, subscription, report, another]);
        }

        time.Advance(TimeSpan.FromDays(1));
        restarted = await TestVtn.StartOnAsync(file.Path, time);
        bl = await restarted.ConnectAsync(TestVtn.Bl);
    }

    [OneTimeTearDown]
    public async Task StopAndDelete()
    {
        await restarted.DisposeAsync();
        file.Dispose();
    }

    [Test]
    public async Task Every_kind_of_object_is_read_back_identical_server_set_fields_included()
    {
        ObjectMetadata[] read =
        [
            await bl.GetProgramAsync(stored[0].Id!), await bl.GetVenAsync(stored[1].Id!), await bl.GetResourceAsync(stored[2].Id!),
            await bl.GetEventAsync(stored[3].Id!), await bl.GetSubscriptionAsync(stored[4].Id!), await bl.GetReportAsync(stored[5].Id!),
        ];

        read.Select(Json).Should().Equal(stored.Take(6).Select(Json));
        stored[0].ModificationDateTime.Should().NotBe(stored[0].CreatedDateTime, "the program's PUT moved it");
    }

    [Test]
    public async Task Lists_keep_their_creation_order()
    {
        var programs = await bl.GetProgramsAsync(CancellationToken.None);

        programs.Select(p => p.Id).Should().Equal(stored[0].Id, stored[6].Id);
    }

    [Test]
    public async Task Names_stay_taken()
    {
        var taken = ((Program)stored[0]).ProgramName;

        await Problems.ExpectAsync(HttpStatusCode.Conflict, () => bl.CreateProgramAsync(Samples.Program(taken)));
    }

    [Test]
    public async Task Targets_granted_before_still_decide_what_a_ven_reads()
    {
        var ven = await restarted.ConnectAsync(TestVtn.Ven);

        (await ven.GetProgramAsync(stored[0].Id!)).Targets.Should().Equal("group-1");
    }

    [Test]
    public void The_file_is_in_wal_mode_at_the_current_schema_version()
    {
        using var connection = OpenDirectly(file.Path);

        Scalar(connection, "PRAGMA journal_mode;").Should().Be("wal");
        Scalar(connection, "PRAGMA user_version;").Should().Be(SqliteSchema.Version);
    }

    [Test]
    public async Task A_file_written_by_a_newer_vtn_is_refused_at_start()
    {
        using var newer = new TempDatabase();
        using (var connection = OpenDirectly(newer.Path)) Scalar(connection, $"PRAGMA user_version = {SqliteSchema.Version + 1};");

        var start = () => TestVtn.StartOnAsync(newer.Path);

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().Contain(newer.Path).And.Contain($"schema version {SqliteSchema.Version + 1}");
    }

    [Test]
    public async Task A_version_1_file_is_upgraded_and_its_vens_still_grant_targets()
    {
        using var older = new TempDatabase();
        string programId;
        await using (var vtn = await TestVtn.StartOnAsync(older.Path))
        {
            var firstBl = await vtn.ConnectAsync(TestVtn.Bl);
            await firstBl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, ["group-9"]));
            programId = (await firstBl.CreateProgramAsync(Samples.Program(targets: ["group-9"]))).Id!;
        }
        // Version 1 had no vens.client_id: take it away as version 2 added it.
        using (var connection = OpenDirectly(older.Path))
            Scalar(connection, "DROP INDEX vens_client_id; ALTER TABLE vens DROP COLUMN client_id; PRAGMA user_version = 1;");

        await using var upgraded = await TestVtn.StartOnAsync(older.Path);
        var ven = await upgraded.ConnectAsync(TestVtn.Ven);

        (await ven.GetProgramAsync(programId)).Targets.Should().Equal("group-9");
        using var check = OpenDirectly(older.Path);
        Scalar(check, "PRAGMA user_version;").Should().Be(SqliteSchema.Version);
    }

    private static string Json(ObjectMetadata value) => JsonSerializer.Serialize(value, value.GetType(), OpenAdrJson.Options);

    /// <summary>A connection of the test's own, outside the VTN's pool.</summary>
    private static SqliteConnection OpenDirectly(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
