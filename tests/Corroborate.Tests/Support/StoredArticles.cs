using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Corroborate.Tests.Support;

/// <summary>Watching a SQLite store another process is writing, for tests that kill that process mid-ingest.</summary>
public static class StoredArticles
{
    /// <summary>Returns once the store holds <paramref name="count"/> articles; throws when the ingest exits first or after three minutes.</summary>
    public static async Task WaitForAsync(string database, int count, Process ingest)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !ingest.HasExited)
        {
            if (File.Exists(database))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*) FROM articles";
                    if ((long)(await command.ExecuteScalarAsync())! >= count)
                    {
                        return;
                    }
                }
                catch (SqliteException)
                {
                    // the schema is not there yet
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"ingest stored fewer than {count} articles before {(ingest.HasExited ? "exiting" : "the time limit")}");
    }
}
