using System.CommandLine;
using Conformance.Cli.Running;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Filtering;
using Spectre.Console;

namespace Conformance.Cli.Commands;

/// <summary><c>list [FILE.feature[:LINE]...] [--features DIR] [--tags EXPR] [--name REGEX]</c>: features, scenarios, tags and use case IDs.</summary>
public static class ListCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var features = new Option<string?>("--features") { Description = "Folder of .feature files (default: the harness's features/)" };
        var tags = new Option<string?>("--tags") { Description = "Cucumber tag expression selecting scenarios" };
        var name = new Option<string?>("--name") { Description = "Regular expression the scenario's name must match" };
        var locations = new Argument<string[]>("scenarios")
        {
            Description = "Scenarios by place: FILE.feature[:LINE]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("list", "List features, scenarios, tags and use case IDs") { locations, features, tags, name };
        command.SetAction(parse =>
        {
            FeatureCatalogue catalogue;
            ScenarioFilter filter;
            try
            {
                filter = new ScenarioFilter
                {
                    Tags = TagExpression.Parse(parse.GetValue(tags)),
                    Locations = (parse.GetValue(locations) ?? []).Select(ScenarioLocation.Parse).ToList(),
                    Name = parse.GetValue(name) is { } pattern ? ScenarioFilter.ParseName(pattern) : null,
                };
                catalogue = FeatureCatalogue.Load(parse.GetValue(features) ?? Locations.DefaultFeatures());
            }
            catch (Exception e) when (e is FormatException or DirectoryNotFoundException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadArguments;
            }
            var table = new Table().AddColumns("scenario", "id", "use cases", "tags");
            if (filter.Problem(catalogue) is { } misplaced)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {misplaced}");
                return ExitCodes.BadArguments;
            }
            foreach (var scenario in catalogue.Scenarios.Where(filter.Matches))
                table.AddRow(Markup.Escape(scenario.DisplayName), Markup.Escape(scenario.Id),
                    Markup.Escape(string.Join(" ", scenario.UseCaseIds)), Markup.Escape(string.Join(" ", scenario.Tags.Select(t => "@" + t))));
            console.Write(table);
            foreach (var error in catalogue.Errors) console.MarkupLineInterpolated($"[red]syntax error:[/] {error}");
            return catalogue.Errors.Count == 0 ? ExitCodes.Pass : ExitCodes.Error;
        });
        return command;
    }
}
