namespace Corroborate.Cli.Tests;

public sealed class CommandSuggestionsTests
{
    [Theory]
    [InlineData("analyse", "analyze")]
    [InlineData("ingset", "ingest")]
    [InlineData("stroies", "stories")]
    [InlineData("Serve", "serve")]
    [InlineData("wroker", "worker")]
    public async Task A_mistyped_command_is_refused_with_the_command_meant(string typed, string meant)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(typed);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"Did you mean '{meant}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_suggests_the_option_of_that_command()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("stories", "--fromat", "json");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("'--fromat'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("deploy")]
    public async Task A_word_near_no_command_gets_no_suggestion(string typed)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(typed);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.DoesNotContain("Did you mean", error, StringComparison.Ordinal);
        Assert.Contains($"'{typed}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyse", "analyze", 1)]
    [InlineData("ingset", "ingest", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_and_adjacent_swaps_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, CommandSuggestions.Distance(a, b));
}
