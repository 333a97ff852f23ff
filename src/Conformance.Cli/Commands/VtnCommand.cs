using System.CommandLine;
using Conformance.OpenAdr3.Vtn;
using Spectre.Console;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>vtn --urls URL --clients FILE [--db FILE]</c>: the reference VTN on its own, for a VEN under development or an
/// interop event. Serves until stopped (Ctrl+C); with --db every object survives a restart.
/// </summary>
public static class VtnCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var clients = new Option<string>("--clients") { Description = "JSON file of the clients allowed in: { \"clients\": [ { \"clientId\", \"clientSecret\", \"role\": \"businessLogic\" | \"ven\" } ] }", Required = true };
        var database = new Option<string?>("--db") { Description = "SQLite file that keeps every object across restarts (default: in memory)" };
        var command = new Command("vtn", "Serve the reference OpenADR 3.1 VTN until stopped") { urls, clients, database };
        command.SetAction((parse, ct) => ServeAsync(console, parse.GetValue(urls)!, parse.GetValue(clients)!, parse.GetValue(database), ct));
        return command;
    }

    public static async Task<int> ServeAsync(IAnsiConsole console, string url, string clientsFile, string? database, CancellationToken ct)
    {
        IReadOnlyList<VtnClientCredential> clients;
        try { clients = VtnClientsFile.Load(clientsFile); }
        catch (VtnClientsFileException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadArguments;
        }

        VtnServer server;
        try { server = await VtnServer.StartAsync(new VtnOptions { Url = url, Clients = clients, Database = database }, ct); }
        catch (IOException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] cannot listen on {url}: {e.Message}");
            return ExitCodes.BadArguments;
        }
        await using (server)
        {
            console.MarkupLineInterpolated($"OpenADR 3.1 VTN listening on {server.BaseAddress} ({clients.Count} clients, {(database is null ? "objects in memory" : $"objects in {database}")}). Press Ctrl+C to stop.");
            try { await Task.Delay(Timeout.Infinite, ct); }
            catch (OperationCanceledException) { }
            console.MarkupLine("Stopping.");
        }
        return ExitCodes.Pass;
    }
}
