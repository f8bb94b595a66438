using Corroborate.Tests.Support;

namespace Corroborate.Cli.Tests;

/// <summary>
/// The whole JSON of <c>analyze … --format json</c> pinned byte for byte: any renamed field, reordered list or
/// changed figure fails here first. The golden files were written by the build before the analysis was
/// recomposed (<c>StoryAnalyzer</c>), so passing proves the same reports before and after. Only what depends on
/// the run is normalised: the repository's absolute path in each article's <c>source</c>. When a change is
/// meant, rewrite a golden file with <c>CORROBORATE_GOLDEN_WRITE=1</c> and review its diff.
/// </summary>
public sealed class GoldenReportTests
{
    private static string Root => Repository.Root;

    [Theory]
    [InlineData("samples", "tests/Corroborate.Cli.Tests/Golden/analyze-samples.json")]
    [InlineData("tests/Corroborate.Cli.Tests/Golden/fixtures", "tests/Corroborate.Cli.Tests/Golden/analyze-fixtures.json")]
    public async Task Analyze_writes_the_golden_json_byte_for_byte(string input, string golden)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Path.Combine(Root, input), "--format", "json", "--quiet");

        Assert.True(exitCode == 0, error);
        var actual = Normalise(output);
        var goldenPath = Path.Combine(Root, golden);
        if (Environment.GetEnvironmentVariable("CORROBORATE_GOLDEN_WRITE") == "1")
        {
            await File.WriteAllTextAsync(goldenPath, actual);
        }

        var expected = (await File.ReadAllTextAsync(goldenPath)).ReplaceLineEndings("\n");
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            var (line, want, got) = FirstDifference(expected, actual);
            var written = Path.Combine(Path.GetTempPath(), Path.GetFileName(golden) + ".actual");
            await File.WriteAllTextAsync(written, actual);
            Assert.Fail($"{golden} differs at line {line}:\n  golden: {want}\n  actual: {got}\n(whole output in {written})");
        }
    }

    private static string Normalise(string output) =>
        output.ReplaceLineEndings("\n").Replace("\"source\": \"" + Root + '/', "\"source\": \"", StringComparison.Ordinal);

    private static (int Line, string Expected, string Actual) FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var a = i < want.Length ? want[i] : "<end>";
            var b = i < got.Length ? got[i] : "<end>";
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                return (i + 1, a, b);
            }
        }

        return (0, "", "");
    }
}
