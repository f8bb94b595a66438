using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corroborate.Cli.Configuration;

/// <summary>
/// The contents of <c>corroborate.json</c>: what an operator would otherwise repeat on every command line.
/// Every key is optional; a key the file does not know is an error (a misspelt "stroe" must not be
/// silently ignored). Relative paths in the file are relative to the file's folder, not to the working
/// directory, so a service started elsewhere reads the same store. See docs/deploy.md for the precedence.
/// </summary>
internal sealed record CorroborateConfig
{
    public const string FileName = "corroborate.json";

    /// <summary>The store: a SQLite file or a postgres:// location (as <c>--db</c>).</summary>
    public string? Store { get; init; }

    /// <summary>Feed URLs for <c>watch</c> and <c>worker</c> when none are named on the command line.</summary>
    public ImmutableArray<string> Feeds { get; init; } = [];

    /// <summary>Time between polls of a feed: 30s, 10m, 1h (as <c>--interval</c>).</summary>
    public string? Interval { get; init; }

    /// <summary>Extra place dictionaries (as <c>--gazetteer</c>).</summary>
    public ImmutableArray<string> Gazetteer { get; init; } = [];

    public ServeSection Serve { get; init; } = new();

    public WorkerSection Worker { get; init; } = new();

    /// <summary>The file this was read from (full path); null for the empty configuration.</summary>
    [JsonIgnore]
    public string? Path { get; init; }

    internal sealed record ServeSection
    {
        /// <summary>Where to listen, ';'-separated (as <c>--urls</c>).</summary>
        public string? Urls { get; init; }

        /// <summary>Shorthand for <c>http://127.0.0.1:PORT</c> when <see cref="Urls"/> is not given.</summary>
        public int? Port { get; init; }

        /// <summary>"text" or "json" (as <c>--log-format</c>).</summary>
        public string? LogFormat { get; init; }

        /// <summary>"debug", "information" (default: a request log entry per request), "warning" (no request log), "error" (as <c>--log-level</c>).</summary>
        public string? LogLevel { get; init; }

        /// <summary>Largest request body in bytes (as <c>--max-body</c>).</summary>
        public long? MaxBody { get; init; }
    }

    internal sealed record WorkerSection
    {
        public string? Inbox { get; init; }

        public int? Readers { get; init; }

        public string? Name { get; init; }
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// Reads <paramref name="explicitPath"/> (which must exist) or else <c>corroborate.json</c> in
    /// <paramref name="workingDirectory"/> when there is one; the empty configuration when neither.
    /// </summary>
    /// <exception cref="ConfigException">The file is missing (when named), unreadable, not JSON, or holds an unknown key or a wrong type; the message names the file and the line.</exception>
    public static CorroborateConfig Load(string? explicitPath, string workingDirectory)
    {
        var path = explicitPath is not null ? System.IO.Path.GetFullPath(explicitPath, workingDirectory) : System.IO.Path.Combine(workingDirectory, FileName);
        if (!File.Exists(path))
        {
            return explicitPath is null ? new CorroborateConfig() : throw new ConfigException($"--config {explicitPath}: no such file");
        }

        try
        {
            var config = JsonSerializer.Deserialize<CorroborateConfig>(File.ReadAllBytes(path), Json) ?? throw new ConfigException($"{path}: null is not a configuration");
            return config.RelativeTo(System.IO.Path.GetDirectoryName(path)!) with { Path = path };
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" line {line + 1}" : "";
            throw new ConfigException($"{path}:{where}: {e.Message.Split(" Path:")[0]}{(e.Path is { Length: > 1 } key ? $" (at {key})" : "")}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: {e.Message}", e);
        }
    }

    private CorroborateConfig RelativeTo(string folder)
    {
        string Full(string path) => System.IO.Path.GetFullPath(path, folder);
        var store = Store is { } s && !Storage.PostgresLocation.IsPostgres(s) && s != ":memory:" ? Full(s) : Store;
        return this with
        {
            Store = store,
            Gazetteer = [.. Gazetteer.Select(Full)],
            Worker = Worker with { Inbox = Worker.Inbox is { } inbox ? Full(inbox) : null },
        };
    }
}

/// <summary>A configuration file that cannot be used; the message names the file.</summary>
internal sealed class ConfigException(string message, Exception? inner = null) : Exception(message, inner);
