using System.CommandLine;
using Conformance.Cli;
using Conformance.Cli.Commands;
using Spectre.Console;

var console = AnsiConsole.Console;
// Redirected output (CI logs, files) has no terminal width; keep verdict messages on one line each.
if (Console.IsOutputRedirected) console.Profile.Width = 240;
var root = new RootCommand("IEC 62746 conformance and interoperability harness (OpenADR 3.1 grid side)")
{
    RunCommand.Create(console),
    ListCommand.Create(console),
    VtnCommand.Create(console),
    SchemaCommand.Create(console),
};
// Tag expressions start with '@', which System.CommandLine would otherwise read as a response file.
var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parse.Errors.Count > 0)
{
    // Bad arguments get their own exit code, distinct from a failing system under test.
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'conformance --help' for usage.");
    return ExitCodes.BadArguments;
}
return await parse.InvokeAsync();
