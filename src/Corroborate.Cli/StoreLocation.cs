namespace Corroborate.Cli;

/// <summary>Where the persistent store is: <c>--db</c>, else <c>CORROBORATE_DB</c>, else <c>corroborate.db</c> here.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "CORROBORATE_DB";

    public static string Resolve(string? option) =>
        option ?? (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : "corroborate.db");
}
