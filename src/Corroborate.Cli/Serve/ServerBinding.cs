using System.Net;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Cli.Serve;

/// <summary>Whether a listen URL stays on this machine: localhost, 127.0.0.0/8, ::1 or a Unix socket.</summary>
internal static class ServerBinding
{
    public static bool TryIsLoopback(string url, out bool loopback)
    {
        loopback = false;
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }

        if (address.IsNamedPipe || address.IsUnixPipe)
        {
            loopback = true;
            return true;
        }

        if (address.Scheme is not ("http" or "https") || address.Host.Length == 0)
        {
            return false;
        }

        var host = address.Host.Trim('[', ']');
        // "*", "+" and 0.0.0.0 mean every interface: beyond loopback.
        loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        return true;
    }
}
