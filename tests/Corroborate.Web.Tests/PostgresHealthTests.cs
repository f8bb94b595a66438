using System.Net;
using System.Text.Json;
using Corroborate.Cli.Serve;
using Corroborate.Pipeline.Workers;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Npgsql;

namespace Corroborate.Web.Tests;

/// <summary><c>/healthz</c> over a shared PostgreSQL store: who holds the story-assigner role and what waits in the queue.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHealthTests
{
    [PostgresFact]
    public async Task Healthz_names_the_assigner_role_and_the_queue_of_a_shared_store()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        var store = await PostgresArticleStore.OpenAsync(schema.Location, "health-test");
        await using var catalog = await StoryCatalog.OpenAsync(store, new Corroborate.Extraction.StoryExtractor(), ownsStore: true);
        var (host, addresses) = await CorroborateServer.StartAsync(catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null));
        using (host)
        {
            using var client = new HttpClient { BaseAddress = new Uri(addresses[0]) };
            var idle = await HealthAsync(client);
            Assert.Equal("postgresql", idle.GetProperty("storeKind").GetString());
            Assert.Equal("free", idle.GetProperty("assigner").GetString());
            Assert.Equal(0, idle.GetProperty("queue").GetProperty("waitingInputs").GetInt64());

            await new InputQueue(store).EnqueueAsync("test:ferry.txt", "A ferry ran aground off the island on Sunday, the coast guard said."u8.ToArray());
            // What a worker does when it becomes the assigner (StoryAssigner): a session advisory lock, keyed by schema and role 2.
            await using var worker = new NpgsqlConnection(schema.Location);
            await worker.OpenAsync();
            await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(current_schema()), 2)", worker))
            {
                await take.ExecuteNonQueryAsync();
            }

            var busy = await HealthAsync(client);
            Assert.Equal("held", busy.GetProperty("assigner").GetString());
            Assert.Equal(1, busy.GetProperty("queue").GetProperty("waitingInputs").GetInt64());
            Assert.Equal(1, busy.GetProperty("queue").GetProperty("unreadInputs").GetInt64());
            await host.StopAsync();
        }
    }

    private static async Task<JsonElement> HealthAsync(HttpClient client)
    {
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
