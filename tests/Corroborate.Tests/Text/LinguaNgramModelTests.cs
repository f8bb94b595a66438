using Corroborate.Text;

namespace Corroborate.Tests.Text;

/// <summary>
/// A language's table read from Lingua's JSON and from the binary copy left beside it: the same slots to the bit, and a
/// copy that is not of these files, or is damaged, is never taken.
/// </summary>
public sealed class LinguaNgramModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lingua-language-").FullName;

    public LinguaNgramModelTests()
    {
        CopyModels("en");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CachePath => Path.Combine(_folder, LinguaNgramModel.CacheFileName);

    [Fact]
    public void The_copy_left_by_a_first_read_gives_the_parsed_table_to_the_bit()
    {
        var parsed = LinguaNgramModel.Read(_folder, useCache: false);
        Assert.False(File.Exists(CachePath));

        var first = LinguaNgramModel.Read(_folder);
        Assert.True(File.Exists(CachePath));
        var second = LinguaNgramModel.Read(_folder);

        Assert.True(parsed.Count > 10_000, $"{parsed.Count} n-grams");
        AssertSameSlots(parsed, first);
        AssertSameSlots(parsed, second);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void A_copy_made_from_other_files_is_not_taken()
    {
        LinguaNgramModel.Read(_folder);
        CopyModels("de");

        var afterChange = LinguaNgramModel.Read(_folder);

        AssertSameSlots(LinguaNgramModel.Read(_folder, useCache: false), afterChange);
        Assert.True(afterChange.TryGetLogProbability(LinguaNgramModel.Pack("sch"), out _));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void A_damaged_copy_is_ignored_and_replaced(string damage)
    {
        LinguaNgramModel.Read(_folder);
        var bytes = File.ReadAllBytes(CachePath);
        switch (damage)
        {
            case "truncated":
                bytes = bytes[..(bytes.Length - 8)];
                break;
            case "flipped":
                bytes[^3] ^= 0x40;
                break;
            case "garbage":
                new Random(7).NextBytes(bytes);
                break;
            default:
                bytes = [];
                break;
        }
        File.WriteAllBytes(CachePath, bytes);

        var read = LinguaNgramModel.Read(_folder);

        AssertSameSlots(LinguaNgramModel.Read(_folder, useCache: false), read);
        AssertSameSlots(read, LinguaNgramModel.Read(_folder));
        Assert.NotEqual(bytes, File.ReadAllBytes(CachePath));
    }

    private void CopyModels(string code)
    {
        var source = Path.Combine(LinguaLanguages.DefaultModelsDirectory, code);
        foreach (var name in new[] { "unigrams.json.br", "bigrams.json.br", "trigrams.json.br" })
        {
            File.Copy(Path.Combine(source, name), Path.Combine(_folder, name), overwrite: true);
        }
    }

    private static void AssertSameSlots(LinguaNgramModel expected, LinguaNgramModel actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var expectedSlots = expected.Slots().ToList();
        var actualSlots = actual.Slots().ToList();
        Assert.Equal(expectedSlots.Count, actualSlots.Count);
        for (int i = 0; i < expectedSlots.Count; i++)
        {
            Assert.Equal(expectedSlots[i].Key, actualSlots[i].Key);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedSlots[i].LogProbability), BitConverter.DoubleToInt64Bits(actualSlots[i].LogProbability));
        }
    }
}
