using Npgsql;

namespace Corroborate.Storage;

/// <summary>
/// Recognises and converts PostgreSQL store locations: <c>postgres://user:password@host:port/database?option=value</c>
/// (or <c>postgresql://</c>) and Npgsql key=value strings (<c>Host=…;Database=…</c>). <see cref="Redacted"/>
/// describes one without its password, for messages and logs.
/// </summary>
internal static class PostgresLocation
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Split(';').Any(part => part.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string for a location in either form. Throws <see cref="StoreException"/> (without the password) when malformed.</summary>
    public static string ToConnectionString(string location)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = location.Contains("://", StringComparison.Ordinal) ? FromUri(location) : new NpgsqlConnectionStringBuilder(location);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException($"{Redacted(location)}: not a PostgreSQL location: {e.Message}", e);
        }

        // Workers stay up across a server restart: enough time to reconnect, and no long-lived broken sockets.
        if (!builder.ContainsKey("Timeout") || builder.Timeout == 15)
        {
            builder.Timeout = 10;
        }

        return builder.ConnectionString;
    }

    /// <summary>The location as <c>postgresql://user@host:port/database</c>, never with its password.</summary>
    public static string Redacted(string location)
    {
        try
        {
            var builder = location.Contains("://", StringComparison.Ordinal) ? FromUri(location) : new NpgsqlConnectionStringBuilder(location);
            var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
            return $"postgresql://{user}{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            return "postgresql://(unreadable location)";
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string location)
    {
        var uri = new Uri(location);
        if (uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException($"scheme '{uri.Scheme}' is not postgres or postgresql");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            builder[key] = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        return builder;
    }
}
