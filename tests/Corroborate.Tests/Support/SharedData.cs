namespace Corroborate.Tests.Support;

/// <summary>
/// Finds the team's shared evaluation data (<c>../shared</c> beside the repository, or <c>$CORROBORATE_SHARED</c>).
/// The data is read by path, never copied into the repository.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relative"/> under the shared folder, or null when it is not there.</summary>
    public static string? Find(string relative)
    {
        if (Root is null)
        {
            return null;
        }

        var path = Path.Combine(Root, relative);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>Why a test needing <paramref name="relative"/> is skipped here, or null when it must run (data present, or under CI).</summary>
    public static string? SkipReason(string relative) =>
        Find(relative) is null && Environment.GetEnvironmentVariable("CORROBORATE_CI") != "1"
            ? $"shared data '{relative}' not found (looked for ../shared beside the repository and $CORROBORATE_SHARED)"
            : null;

    /// <summary>The full path of <paramref name="relative"/>; under CI a missing path fails the test, naming it.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new Xunit.Sdk.XunitException($"shared data '{relative}' is missing (CORROBORATE_CI=1 requires ../shared/data)");

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("CORROBORATE_SHARED") is { Length: > 0 } fromEnvironment && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")) || Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        return null;
    }
}
