using Npgsql;

namespace Corroborate.Storage;

/// <summary>
/// The feed polling role of a shared PostgreSQL store: a session advisory lock on a dedicated, unpooled connection,
/// pinged every few seconds; when the ping fails (the connection, and with it the lock, is gone) <see cref="Lost"/> fires.
/// </summary>
internal sealed class PostgresFeedRole : IFeedRole
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(5);

    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _guard;

    private PostgresFeedRole(NpgsqlConnection connection)
    {
        _connection = connection;
        _guard = Task.Run(GuardAsync, CancellationToken.None);
    }

    public CancellationToken Lost => _lost.Token;

    public static async Task<IFeedRole?> TryTakeAsync(PostgresArticleStore store, CancellationToken cancellationToken)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString;
        var connection = new NpgsqlConnection(unpooled);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({PostgresArticleStore.LockClass}, {PostgresArticleStore.FeedLock})", connection);
            if (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            return new PostgresFeedRole(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lost.CancelAsync().ConfigureAwait(false);
        await _guard.ConfigureAwait(false);
        // Closing the session releases its advisory lock.
        await _connection.DisposeAsync().ConfigureAwait(false);
        _lost.Dispose();
    }

    private async Task GuardAsync()
    {
        try
        {
            while (!_lost.IsCancellationRequested)
            {
                await Task.Delay(PingInterval, _lost.Token).ConfigureAwait(false);
                await using var ping = new NpgsqlCommand("SELECT 1", _connection);
                await ping.ExecuteScalarAsync(_lost.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or IOException or TimeoutException)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }
}
