using System.CommandLine;
using Conformance.Cli.Running;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Filtering;
using Spectre.Console;

namespace Conformance.Cli.Commands;

/// <summary><c>list [--features DIR] [--tags EXPR]</c>: features, scenarios, tags and use case IDs.</summary>
public static class ListCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var features = new Option<string?>("--features") { Description = "Folder of .feature files (default: the harness's features/)" };
        var tags = new Option<string?>("--tags") { Description = "Cucumber tag expression selecting scenarios" };
        var command = new Command("list", "List features, scenarios, tags and use case IDs") { features, tags };
        command.SetAction(parse =>
        {
            FeatureCatalogue catalogue;
            TagExpression filter;
            try
            {
                filter = TagExpression.Parse(parse.GetValue(tags));
                catalogue = FeatureCatalogue.Load(parse.GetValue(features) ?? Locations.DefaultFeatures());
            }
            catch (Exception e) when (e is FormatException or DirectoryNotFoundException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadArguments;
            }
            var table = new Table().AddColumns("scenario", "id", "use cases", "tags");
            foreach (var scenario in catalogue.Scenarios.Where(s => filter.Matches(s.Tags)))
                table.AddRow(Markup.Escape(scenario.DisplayName), Markup.Escape(scenario.Id),
                    Markup.Escape(string.Join(" ", scenario.UseCaseIds)), Markup.Escape(string.Join(" ", scenario.Tags.Select(t => "@" + t))));
            console.Write(table);
            foreach (var error in catalogue.Errors) console.MarkupLineInterpolated($"[red]syntax error:[/] {error}");
            return catalogue.Errors.Count == 0 ? ExitCodes.Pass : ExitCodes.Error;
        });
        return command;
    }
}
