using System.CommandLine;
using Conformance.Cli.Running;
using Spectre.Console;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>run [FILE.feature[:LINE]...] [--features DIR] [--tags EXPR] [--name REGEX] [--sut FILE] [--out DIR] [--no-html] [--virtual-time]</c>:
/// a conformance run.
/// </summary>
public static class RunCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var features = new Option<string?>("--features") { Description = "Folder of .feature files (default: the harness's features/)" };
        var tags = new Option<string?>("--tags") { Description = "Cucumber tag expression selecting scenarios, e.g. \"@grid and not @slow\"" };
        var name = new Option<string?>("--name") { Description = "Regular expression the scenario's name must match, e.g. \"wrong secret\"" };
        var locations = new Argument<string[]>("scenarios")
        {
            Description = "Scenarios by place, as Cucumber takes them: features/grid/event-distribution.feature:33 (default: all)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var sut = new Option<string?>("--sut")
        {
            Description = "System-under-test file (default: the embedded default, reference implementations certified against each other)",
        };
        var output = new Option<string?>("--out") { Description = "Folder for reports/<run-id>/ (default: ./reports)" };
        var noHtml = new Option<bool>("--no-html") { Description = "Do not render the HTML report with the Allure CLI" };
        var virtualTime = new Option<bool>("--virtual-time")
        {
            Description = "Run on a virtual clock (every role the harness's own): a scenario spanning a simulated day takes seconds",
        };
        var command = new Command("run", "Run the selected scenarios and write reports/<run-id>/")
        {
            locations, features, tags, name, sut, output, noHtml, virtualTime,
        };
        command.SetAction(async (parse, ct) =>
        {
            var arguments = new RunArguments(parse.GetValue(features), parse.GetValue(tags), parse.GetValue(sut), parse.GetValue(output))
            {
                RenderHtml = !parse.GetValue(noHtml),
                VirtualTime = parse.GetValue(virtualTime),
                Locations = parse.GetValue(locations) ?? [],
                Name = parse.GetValue(name),
            };
            return (await new ConsoleRun(console).ExecuteAsync(arguments, ct)).ExitCode;
        });
        return command;
    }
}
