namespace Corroborate.Tests.Support;

/// <summary>
/// Tests that use the PostgreSQL server run one at a time and alone: one of them restarts the server,
/// which would break any other test talking to it at that moment.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
