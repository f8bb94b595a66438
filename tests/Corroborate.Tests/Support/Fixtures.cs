namespace Corroborate.Tests.Support;

/// <summary>Texts we wrote, under <c>Fixtures/</c>, named for the noise they carry.</summary>
public static class Fixtures
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));
}
