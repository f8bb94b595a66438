using System.Net;
using System.Net.Sockets;

namespace Corroborate.Ingest.Watching;

/// <summary>
/// The HTTP client feeds are fetched with. A feed is someone else's document: its entry links (and every
/// redirect) may point at this machine or its network (a cloud metadata address, an admin page on
/// 127.0.0.1), and whatever is fetched becomes an article anyone reading the store sees. So every
/// connection is checked where it is made — after DNS resolution, for the first request and each
/// redirect alike — and one to a loopback, link-local, private, unique-local, CGNAT, multicast or
/// unspecified address is refused, unless the request names that host in <see cref="AllowedPrivateHosts"/>
/// (the user allowed a feed on an intranet). No proxy is used, so the address checked is the one connected to.
/// </summary>
internal static class SafeHttp
{
    /// <summary>Request option: host names this request (and its redirects) may reach at a private address.</summary>
    public static readonly HttpRequestOptionsKey<IReadOnlySet<string>> AllowedPrivateHosts = new("Corroborate.AllowedPrivateHosts");

    public static HttpClient CreateClient(int maxRedirects = 5)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            MaxAutomaticRedirections = maxRedirects,
            UseProxy = false,
            ConnectCallback = ConnectAsync,
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Corroborate/0.1 (+feed watcher)");
        return client;
    }

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = context.InitialRequestMessage.Options.TryGetValue(AllowedPrivateHosts, out var hosts) && hosts.Contains(host);
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} has no address");
        }

        if (!allowed && addresses.FirstOrDefault(IsInternal) is { } internalAddress)
        {
            throw new HttpRequestException(
                $"refused to connect to {host}: it resolves to {internalAddress}, a loopback, link-local or private address (allow it for this feed with --allow-private)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True for addresses inside this machine or its networks rather than on the public internet.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes6 = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (bytes6[0] & 0xFE) == 0xFC // fc00::/7 unique local
                || (bytes6[0] == 0x20 && bytes6[1] == 0x02 && IsInternal(new IPAddress(bytes6[2..6]))) // 6to4 wrapping a private IPv4
                || (bytes6[0] == 0x00 && bytes6[1] == 0x64 && bytes6[2] == 0xFF && bytes6[3] == 0x9B && IsInternal(new IPAddress(bytes6[12..16]))); // NAT64
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,                        // "this network", private, loopback
            100 => b[1] is >= 64 and <= 127,               // 100.64.0.0/10 carrier-grade NAT
            169 => b[1] == 254,                            // link-local, cloud metadata
            172 => b[1] is >= 16 and <= 31,                // private
            192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99), // private, IETF, test, 6to4 relay
            198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100), // benchmarking, test
            203 => b[1] == 0 && b[2] == 113,               // test
            >= 224 => true,                                // multicast, reserved, broadcast
            _ => false,
        };
    }

    /// <summary>True for a URL this watcher may fetch at all: absolute http or https.</summary>
    public static bool IsFetchable(string url, out Uri? uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri) && uri.Scheme is "http" or "https";
}
