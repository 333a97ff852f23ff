using Gherkin;

namespace Conformance.Runner.Catalogue;

/// <summary>
/// Every scenario under a features folder, parsed with the Gherkin parser Reqnroll bundles. A file with a syntax
/// error becomes a <see cref="FeatureParseError"/> (file, line, column) and the other files still load.
/// </summary>
public sealed class FeatureCatalogue
{
    private FeatureCatalogue(string root, IReadOnlyList<ScenarioCase> scenarios, IReadOnlyList<FeatureParseError> errors)
        => (Root, Scenarios, Errors) = (root, scenarios, errors);

    public string Root { get; }
    public IReadOnlyList<ScenarioCase> Scenarios { get; }
    public IReadOnlyList<FeatureParseError> Errors { get; }

    /// <summary>Loads every *.feature file below <paramref name="featuresDirectory"/>, in path order.</summary>
    /// <param name="displayRoot">File names in ids and messages are relative to this folder (default: the features folder's parent).</param>
    public static FeatureCatalogue Load(string featuresDirectory, string? displayRoot = null)
    {
        if (!Directory.Exists(featuresDirectory))
            throw new DirectoryNotFoundException($"features folder not found: {featuresDirectory}");
        var root = Path.GetFullPath(displayRoot ?? Path.Combine(featuresDirectory, ".."));
        var scenarios = new List<ScenarioCase>();
        var errors = new List<FeatureParseError>();
        var files = Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var display = Path.GetRelativePath(root, path).Replace('\\', '/');
            try
            {
                var document = new Parser().Parse(path);
                if (document.Feature is not null) scenarios.AddRange(ScenarioExpander.Expand(document.Feature, display));
            }
            catch (CompositeParserException e)
            {
                errors.AddRange(e.Errors.Select(inner => ToError(display, inner)));
            }
            catch (ParserException e)
            {
                errors.Add(ToError(display, e));
            }
        }
        return new FeatureCatalogue(root, scenarios, errors);
    }

    private static FeatureParseError ToError(string file, ParserException e)
    {
        var message = e.Message;
        // Gherkin prefixes its messages with "(line:column): "; the error carries both already.
        if (message.StartsWith('(') && message.IndexOf("): ", StringComparison.Ordinal) is var end and > 0) message = message[(end + 3)..];
        return new FeatureParseError(file, e.Location?.Line ?? 0, e.Location?.Column ?? 0, message);
    }
}
