using Corroborate.Text;

namespace Corroborate.Tests.Text;

/// <summary>
/// Keeps the embedded n-gram profiles reproducible from the training text we wrote. To rebuild
/// them after editing Fixtures/LanguageId/Training/*.txt, run:
/// <c>CORROBORATE_REBUILD_PROFILES=1 dotnet test --filter LanguageProfileBuilderTests</c>
/// and commit the changed files under src/Corroborate/Resources/LanguageProfiles/.
/// </summary>
public sealed class LanguageProfileBuilderTests
{
    public static TheoryData<string> LatinCodes => [.. LanguageIdentifier.LatinCodes];

    [Theory]
    [MemberData(nameof(LatinCodes))]
    public void Embedded_profile_is_what_the_builder_makes_from_the_training_text(string code)
    {
        string training = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "LanguageId", "Training", code + ".txt"));
        string built = LanguageProfileBuilder.Build(training, $"tests/Corroborate.Tests/Fixtures/LanguageId/Training/{code}.txt");

        if (Environment.GetEnvironmentVariable("CORROBORATE_REBUILD_PROFILES") == "1")
        {
            string target = Path.Combine(RepositoryRoot(), "src", "Corroborate", "Resources", "LanguageProfiles", code + ".ngrams.tsv");
            File.WriteAllText(target, built);
            return;
        }

        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream($"Corroborate.Resources.LanguageProfiles/{code}.ngrams.tsv")
            ?? typeof(LanguageIdentifier).Assembly.GetManifestResourceStream($"Corroborate.Resources.LanguageProfiles.{code}.ngrams.tsv");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.True(
            built == reader.ReadToEnd(),
            $"{code}.ngrams.tsv is stale; rebuild it with CORROBORATE_REBUILD_PROFILES=1 (see this class's summary).");
    }

    [Fact]
    public void Builder_counts_padded_ngrams_and_ignores_hashtags_and_links()
    {
        string built = LanguageProfileBuilder.Build("ab ab #zz https://q.example/x", "inline");

        Assert.Contains("\n_ab\t2\n", built, StringComparison.Ordinal);
        Assert.Contains("\nb_\t2\n", built, StringComparison.Ordinal);
        Assert.DoesNotContain("z", built.Split('\n', 2)[1], StringComparison.Ordinal);
        Assert.DoesNotContain("q", built.Split('\n', 2)[1], StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corroborate.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Corroborate.slnx above {AppContext.BaseDirectory}.");
    }
}
