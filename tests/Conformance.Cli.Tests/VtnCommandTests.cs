using Conformance.Cli.Commands;
using Conformance.OpenAdr3.Client;
using Spectre.Console.Testing;

namespace Conformance.Cli.Tests;

public class VtnCommandTests
{
    [Test]
    public async Task The_vtn_serves_the_clients_of_its_file_until_stopped_and_keeps_its_objects_in_its_database()
    {
        var clients = Harness.WriteFile("clients.json", """{ "clients": [ { "clientId": "bl", "clientSecret": "bl-secret", "role": "businessLogic" } ] }""");
        var database = Path.Combine(Path.GetDirectoryName(clients)!, "vtn.db");

        await ServeOnceAsync(clients, database, async client => await client.CreateProgramAsync(new Conformance.OpenAdr3.Wire.Program { ProgramName = "kept" }));
        await ServeOnceAsync(clients, database, async client =>
            (await client.GetProgramsAsync(CancellationToken.None)).Select(p => p.ProgramName).Should().Equal("kept"));
    }

    private static async Task ServeOnceAsync(string clients, string database, Func<OpenAdrClient, Task> use)
    {
        var port = Harness.FreePort();
        var console = new TestConsole();
        using var stop = new CancellationTokenSource();
        var serving = VtnCommand.ServeAsync(console, $"http://127.0.0.1:{port}", clients, database, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await use(await ConnectWhenUpAsync(http, serving));
        console.Output.Should().Contain($"listening on http://127.0.0.1:{port}/").And.Contain(database);
        await stop.CancelAsync();
        (await serving.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(ExitCodes.Pass);
    }

    [Test]
    public async Task A_bad_clients_file_is_named_with_its_line_and_field()
    {
        var clients = Harness.WriteFile("clients.json", "{ \"clients\": [\n  { \"clientId\": \"bl\", \"clientSecret\": \"s\", \"role\": \"admin\" } ] }");
        var console = new TestConsole();
        var code = await VtnCommand.ServeAsync(console, "http://127.0.0.1:0", clients, null, CancellationToken.None);
        code.Should().Be(ExitCodes.BadArguments);
        console.Output.Should().Contain($"{clients}:2").And.Contain("role");
    }

    private static async Task<OpenAdrClient> ConnectWhenUpAsync(HttpClient http, Task serving)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (serving.IsCompleted) await serving;
            try { return await OpenAdrClient.ConnectAsync(http, "bl", "bl-secret", CancellationToken.None); }
            catch (HttpRequestException) { await Task.Delay(100); }
        }
        throw new TimeoutException("the VTN did not come up within 10 s");
    }
}
