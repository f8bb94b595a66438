namespace Corroborate.Tests.Support;

/// <summary>
/// A fact that needs the PostgreSQL server named by <c>CORROBORATE_TEST_PG</c> (see .ci/postgres). Skipped,
/// with the reason shown, when it is not set; but run (and so failing) when <c>CORROBORATE_CI=1</c>, where
/// a missing server is a broken CI machine, not a choice.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestSchema.ConnectionString is null && !PostgresTestSchema.IsCi)
        {
            Skip = $"PostgreSQL not configured: set {PostgresTestSchema.Variable} (source .ci/postgres starts a local server and sets it)";
        }
    }

    /// <summary>The test restarts the server with the command in <c>CORROBORATE_TEST_PG_RESTART</c> (set by .ci/postgres).</summary>
    public bool RestartsServer
    {
        get => PostgresTestSchema.RestartCommand is not null;
        init
        {
            if (value && Skip is null && PostgresTestSchema.RestartCommand is null && !PostgresTestSchema.IsCi)
            {
                Skip = "restarting PostgreSQL needs CORROBORATE_TEST_PG_RESTART (source .ci/postgres sets it)";
            }
        }
    }
}
