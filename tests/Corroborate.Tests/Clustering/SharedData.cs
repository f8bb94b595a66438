namespace Corroborate.Tests.Clustering;

/// <summary>
/// Locates the team's shared data folder, which is never copied into the repository: the
/// CORROBORATE_SHARED environment variable, else the first ancestor of the test assembly that has a
/// <c>shared/data</c> folder (the repository's sibling <c>shared</c>).
/// </summary>
internal static class SharedData
{
    public static string? Folder { get; } = Locate();

    public static string? EcbPlusDev => File("data", "ecbplus", "dev.jsonl");

    public static string? SeedsFolder => Folder is { } folder && Directory.Exists(Path.Combine(folder, "seeds"))
        ? Path.Combine(folder, "seeds")
        : null;

    private static string? File(params string[] parts)
    {
        if (Folder is not { } folder)
        {
            return null;
        }

        var path = Path.Combine([folder, .. parts]);
        return System.IO.File.Exists(path) ? path : null;
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("CORROBORATE_SHARED") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        return null;
    }
}
