namespace Corroborate.Tests;

/// <summary>
/// Locates /work/shared/data (third-party conformance data read in place, never copied into the repo):
/// CORROBORATE_SHARED overrides; otherwise walk up from the test assembly to a folder with a sibling "shared".
/// </summary>
public static class SharedData
{
    /// <summary>The path of <paramref name="relative"/> under shared/data, or null when not present.</summary>
    public static string? Find(string relative)
    {
        var overridden = Environment.GetEnvironmentVariable("CORROBORATE_SHARED");
        if (!string.IsNullOrEmpty(overridden))
        {
            var candidate = Path.Combine(overridden, "data", relative);
            return Exists(candidate) ? candidate : Exists(Path.Combine(overridden, relative)) ? Path.Combine(overridden, relative) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir?.Parent is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.Parent.FullName, "shared", "data", relative);
            if (Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);
}
