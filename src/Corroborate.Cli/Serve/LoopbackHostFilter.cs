using System.Net;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Cli.Serve;

/// <summary>
/// When the server listens on loopback only, it answers only requests addressed to a loopback name:
/// a page elsewhere that rebinds its own domain to 127.0.0.1 (DNS rebinding) gets a 400, not the API.
/// </summary>
internal static class LoopbackHostFilter
{
    public static bool IsLoopbackHost(HostString host)
    {
        var name = host.Host.Trim('[', ']');
        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var ip) && IPAddress.IsLoopback(ip));
    }

    public static Func<HttpContext, Func<Task>, Task> For(ServeOptions options)
    {
        var loopbackOnly = options.Urls.All(url => ServerBinding.TryIsLoopback(url, out var loopback) && loopback);
        return (context, next) =>
        {
            if (!loopbackOnly || IsLoopbackHost(context.Request.Host))
            {
                return next();
            }

            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unexpected host",
                detail: "this server listens on loopback and answers requests for localhost or a loopback address only").ExecuteAsync(context);
        };
    }
}
