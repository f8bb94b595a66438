using Npgsql;

namespace Corroborate.Tests.Support;

/// <summary>
/// A private schema in the test database for one test: stores opened with <see cref="Location"/> keep their
/// tables there, so tests running at once never see each other's rows. Dropped on dispose.
/// </summary>
public sealed class PostgresTestSchema : IAsyncDisposable
{
    public const string Variable = "CORROBORATE_TEST_PG";

    private readonly string _admin;

    private PostgresTestSchema(string admin, string name)
    {
        _admin = admin;
        Name = name;
        Location = new NpgsqlConnectionStringBuilder(admin) { SearchPath = name }.ConnectionString;
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A shell command that restarts the test server (fault tests), or null.</summary>
    public static string? RestartCommand => Environment.GetEnvironmentVariable("CORROBORATE_TEST_PG_RESTART") is { Length: > 0 } value ? value : null;

    public static bool IsCi => Environment.GetEnvironmentVariable("CORROBORATE_CI") == "1";

    private static string ServerLock => Path.Combine(Path.GetTempPath(), "corroborate-test-pg.lock");

    /// <summary>
    /// Held by a PostgreSQL test of another test assembly while it uses the server: test assemblies run at once, and
    /// a fault test of this one restarts the server (<see cref="RestartAsync"/>), which waits for these to finish.
    /// </summary>
    public static Task<FileStream> HoldServerAsync() => LockAsync(FileShare.ReadWrite);

    /// <summary>Restarts the test server once no test of another assembly holds it; returns the command's exit code.</summary>
    public static async Task<int> RestartAsync()
    {
        await using var exclusive = await LockAsync(FileShare.None);
        using var restart = System.Diagnostics.Process.Start("bash", ["-c", RestartCommand!]);
        await restart.WaitForExitAsync();
        return restart.ExitCode;
    }

    /// <summary>An advisory file lock (.NET takes flock: shared for any sharing, exclusive for none), waited for up to five minutes.</summary>
    private static async Task<FileStream> LockAsync(FileShare share)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(ServerLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public string Name { get; }

    /// <summary>An Npgsql connection string whose search path is this schema.</summary>
    public string Location { get; }

    public static async Task<PostgresTestSchema> CreateAsync()
    {
        var admin = ConnectionString ?? throw new InvalidOperationException(
            $"CORROBORATE_CI=1 but {Variable} is not set: CI must run PostgreSQL (.ci/run sources .ci/postgres)");
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresTestSchema(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
