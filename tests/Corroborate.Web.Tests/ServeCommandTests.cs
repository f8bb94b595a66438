using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Cli;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary><c>corroborate serve</c> as a user runs it: over a store file, on a free loopback port, until cancelled.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_over_the_stored_samples_and_stops_when_cancelled()
    {
        var folder = Directory.CreateTempSubdirectory("corroborate-serve-test-");
        try
        {
            var database = Path.Combine(folder.FullName, "samples.db");
            using (var output = new StringWriter())
            using (var error = new StringWriter())
            {
                Assert.Equal(ExitCodes.Success, await CorroborateCli.RunAsync(["ingest", Repository.Samples, "--db", database, "--quiet"], CliConsole.Capture(output, error)));
            }

            int stories, articles;
            await using (var store = await Corroborate.Storage.SqliteArticleStore.OpenAsync(database))
            {
                var pipeline = await Corroborate.Pipeline.IngestPipeline.OpenAsync(store);
                (stories, articles) = (pipeline.Stories.Count, await store.CountAsync());
            }

            using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            using var serveOutput = new StringWriter();
            using var serveError = new StringWriter();
            var serving = Task.Run(() => CorroborateCli.RunAsync(["serve", "--db", database, "--urls", "http://127.0.0.1:0"], CliConsole.Capture(serveOutput, serveError), cancellation.Token));
            Match listening;
            while (!(listening = Listening().Match(serveError.ToString())).Success)
            {
                Assert.False(serving.IsCompleted, "serve exited: " + serveError);
                await Task.Delay(50, cancellation.Token);
            }

            using var client = new HttpClient { BaseAddress = new Uri(listening.Groups[1].Value) };
            var list = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement;
            Assert.True(stories >= 4, "the samples tell at least four events");
            Assert.Equal(stories, list.GetProperty("total").GetInt32());
            Assert.Contains($"{stories} stories, {articles} articles", serveError.ToString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

            await cancellation.CancelAsync();
            Assert.Equal(ExitCodes.Success, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/api/stories"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
