namespace Corroborate.Web.Tests.Support;

/// <summary>Paths inside this repository, found from the test binaries upwards.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Where browser tests leave their screenshots (a test artefact, next to the .trx files).</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(Root, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Corroborate.slnx not found above " + AppContext.BaseDirectory);
    }
}
