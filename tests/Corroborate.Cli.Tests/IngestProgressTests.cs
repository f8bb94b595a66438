using Corroborate.Cli.Commands;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Tests;

public sealed class IngestProgressTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-progress-");

    [Fact]
    public async Task Progress_shows_inputs_done_of_all_articles_read_their_rate_and_the_time_left()
    {
        var inputs = Enumerable.Range(0, 3).Select(i =>
        {
            var path = Path.Combine(_folder.FullName, $"{i}.txt");
            File.WriteAllText(path, $"The river rose {i + 1} metres overnight, the water agency said on Tuesday. Two bridges were closed.");
            return path;
        }).ToList();
        await using var store = await ArticleStores.OpenAsync(Path.Combine(_folder.FullName, "store.db"));
        var pipeline = await IngestPipeline.OpenAsync(store);
        using var drawn = new StringWriter();
        // A terminal that understands escape codes, as a person's would be.
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(drawn), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, ColorSystem = ColorSystemSupport.NoColors,
        });

        var result = await new IngestProgress(terminal).RunAsync(pipeline, inputs, CancellationToken.None);

        Assert.Equal(3, result.Read);
        var screen = drawn.ToString();
        Assert.Contains("3/3 inputs", screen, StringComparison.Ordinal);
        Assert.Contains("3 articles, ", screen, StringComparison.Ordinal);
        Assert.Matches(@"\d+/s", screen);
        Assert.Matches(@"\d:\d\d:\d\d", screen);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
