namespace Corroborate.Cli.Serve;

/// <summary>How <c>corroborate serve</c> listens and guards writes.</summary>
/// <param name="Urls">Kestrel URLs; loopback by default so nothing is exposed unless asked.</param>
/// <param name="Token">Bearer token required for writes; mandatory when any URL reaches beyond loopback.</param>
/// <param name="MaxBodyBytes">Largest request body accepted (an article posted as JSON or text).</param>
internal sealed record ServeOptions(IReadOnlyList<string> Urls, string? Token, long MaxBodyBytes = ServeOptions.DefaultMaxBodyBytes)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string TokenEnvironmentVariable = "CORROBORATE_TOKEN";

    /// <summary>"text" (a line per entry) or "json" (an object per line), see <see cref="ServeLogging"/>.</summary>
    public string LogFormat { get; init; } = "text";

    /// <summary>Why the server must not start with these options, or null when it may.</summary>
    public string? Problem()
    {
        if (Urls.Count == 0)
        {
            return "no URL to listen on";
        }

        foreach (var url in Urls)
        {
            if (!ServerBinding.TryIsLoopback(url, out var loopback))
            {
                return $"'{url}' is not a URL to listen on (like http://127.0.0.1:5080)";
            }

            if (!loopback && string.IsNullOrEmpty(Token))
            {
                return $"'{url}' listens beyond loopback: writes would be open to the network; give --token or ${TokenEnvironmentVariable}";
            }
        }

        if (!ServeLogging.Formats.Contains(LogFormat))
        {
            return $"log format '{LogFormat}' is not one of {string.Join(", ", ServeLogging.Formats)}";
        }

        return MaxBodyBytes <= 0 ? "--max-body must be positive" : null;
    }
}
