namespace Corroborate.Tests.Support;

/// <summary>A theory that needs PostgreSQL: skipped and failing exactly as <see cref="PostgresFactAttribute"/> is.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresTestSchema.ConnectionString is null && !PostgresTestSchema.IsCi)
        {
            Skip = $"PostgreSQL not configured: set {PostgresTestSchema.Variable} (source .ci/postgres starts a local server and sets it)";
        }
    }
}
