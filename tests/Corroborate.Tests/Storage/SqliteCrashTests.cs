using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Corroborate.Tests.Storage;

public sealed class SqliteCrashTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-crash-");

    [Fact]
    public async Task Killing_ingest_leaves_a_sound_database_holding_every_file_read_before_the_kill()
    {
        var inputs = Path.Combine(_folder.FullName, "in");
        var files = NewsFiles.Write(inputs, 400, seed: 3);
        var database = Path.Combine(_folder.FullName, "store.db");
        var ingest = CliProcess.Start("ingest", inputs, "--db", database, "--quiet");
        try
        {
            await StoredArticles.WaitForAsync(database, 60, ingest);
        }
        finally
        {
            CliProcess.KillHard(ingest);
        }

        await using (var store = await SqliteArticleStore.OpenAsync(database))
        {
            Assert.Equal("ok", await store.IntegrityCheckAsync());
            var count = await store.CountAsync();
            Assert.InRange(count, 60, 399);
            // Files are read in order, each in one transaction: what is stored is exactly the articles of a
            // whole prefix of the files, no gaps and nothing half-written.
            var reader = new IngestPipeline(store);
            var stored = (await store.ListAsync(0, 1000)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var prefix = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var ids = reader.ReadInput(file, CancellationToken.None).Articles.Select(a => a.Id).ToList();
                if (!ids.All(stored.Contains))
                {
                    break;
                }

                prefix.UnionWith(ids);
            }

            Assert.Equal(prefix.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }

        // Running again completes the rest, storing nothing twice.
        var again = CliProcess.Start("ingest", inputs, "--db", database, "--quiet");
        await CliProcess.WaitForExitAsync(again, TimeSpan.FromMinutes(3));
        await using var finished = await SqliteArticleStore.OpenAsync(database);
        var expected = await SharedStoreResultCount(inputs);
        Assert.Equal(expected, await finished.CountAsync());
        Assert.Equal("ok", await finished.IntegrityCheckAsync());
    }

    private static async Task<int> SharedStoreResultCount(string inputs)
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        await new IngestPipeline(store).IngestAsync([inputs]);
        return await store.CountAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
