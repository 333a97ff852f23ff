namespace Conformance.Cli.Running;

/// <summary>Where the harness's own files are when the user does not say.</summary>
public static class Locations
{
    /// <summary>
    /// The repository's features/ when run from a checkout (found walking up to Conformance.sln), else the copy
    /// shipped beside the executable.
    /// </summary>
    public static string DefaultFeatures()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")) && Directory.Exists(Path.Combine(dir.FullName, "features")))
                return Path.Combine(dir.FullName, "features");
        return Path.Combine(AppContext.BaseDirectory, "features");
    }

    public static string DefaultReports() => Path.Combine(Environment.CurrentDirectory, "reports");
}
