namespace Corroborate.Cli.Configuration;

/// <summary>
/// Where a setting comes from, in one documented order: a flag on the command line, else the environment
/// (<c>CORROBORATE_*</c>), else <c>corroborate.json</c>, else the built-in default. One instance per
/// invocation, made by <see cref="CorroborateCli.RunAsync"/> and reached through <see cref="Current"/>
/// (an async-local, so commands run side by side in one process, as tests do, never see each other's).
/// </summary>
internal sealed class CliSettings(CorroborateConfig file, Func<string, string?> environment)
{
    private static readonly AsyncLocal<CliSettings?> Ambient = new();

    /// <summary>The settings of the running invocation; outside one, the process environment and no file.</summary>
    public static CliSettings Current => Ambient.Value ?? new CliSettings(new CorroborateConfig(), System.Environment.GetEnvironmentVariable);

    public CorroborateConfig File { get; } = file;

    internal static IDisposable Use(CliSettings settings)
    {
        var previous = Ambient.Value;
        Ambient.Value = settings;
        return new Restore(() => Ambient.Value = previous);
    }

    /// <summary>The environment variable's value, or null when it is unset or empty.</summary>
    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    /// <summary>flag, else $<paramref name="variable"/>, else the file's value, else <paramref name="fallback"/>.</summary>
    public string Resolve(string? flag, string variable, string? fromFile, string fallback) =>
        flag ?? Environment(variable) ?? fromFile ?? fallback;

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
