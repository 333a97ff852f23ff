using System.CommandLine;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;
using Spectre.Console;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>schema [--check FILE]</c>: prints the JSON Schema of the system-under-test file (the core's and every binding's
/// section, composed: the repository's <c>schemas/system-under-test.schema.json</c>), or checks a file against it and
/// reads it as a run would, each problem naming the file, the line and the field.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var check = new Option<string?>("--check")
        {
            Description = "A system-under-test file to check instead: every schema error, then what a run would say",
        };
        var command = new Command("schema", "Print the JSON Schema of the system-under-test file, or check a file against it") { check };
        command.SetAction(parse =>
        {
            if (parse.GetValue(check) is not { } file)
            {
                // Plain output: the schema is meant to be redirected into a file.
                Console.Out.Write(SystemUnderTestSchema.Text(HarnessBindings.All));
                return ExitCodes.Pass;
            }
            try
            {
                var (reader, document) = ConfigurationReader.Open(file);
                document.Dispose();
                var errors = SystemUnderTestSchema.Validate(reader, SystemUnderTestSchema.Compose(HarnessBindings.All));
                foreach (var error in errors) console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
                if (errors.Count > 0) return ExitCodes.BadArguments;
                var sut = SystemUnderTestLoader.Load(file, HarnessBindings.All);
                console.MarkupLineInterpolated(
                    $"{file}: valid; {sut.Name}, role under test {sut.RoleUnderTest?.ToString() ?? "none"}, binding {sut.Binding}");
                return ExitCodes.Pass;
            }
            catch (ConfigurationException e)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadArguments;
            }
        });
        return command;
    }
}
