namespace Corroborate.Tests.Support;

/// <summary>Paths inside this repository, found from the test binaries upwards (shared by the test projects that link it).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Our own sample corpus (texts we wrote).</summary>
    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Corroborate.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("no repository root (a folder with Corroborate.slnx) above " + AppContext.BaseDirectory);
    }
}
