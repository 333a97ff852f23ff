namespace Conformance.Reporting;

/// <summary>Finds a command-line tool the way a shell would, without running anything.</summary>
internal static class ToolSearch
{
    /// <summary>node_modules/.bin/<paramref name="tool"/> in <paramref name="directory"/> or the nearest folder above it.</summary>
    public static string? InNodeModules(string directory, string tool)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
            if (Executable(Path.Combine(folder.FullName, "node_modules", ".bin"), tool) is { } found) return found;
        return null;
    }

    public static string? OnPath(string? searchPath, string tool) =>
        (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Executable(folder, tool))
            .FirstOrDefault(found => found is not null);

    private static string? Executable(string folder, string tool)
    {
        // npm installs Windows shims as .cmd files beside the POSIX script.
        string[] names = OperatingSystem.IsWindows() ? [tool + ".cmd", tool + ".exe"] : [tool];
        return names.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}
