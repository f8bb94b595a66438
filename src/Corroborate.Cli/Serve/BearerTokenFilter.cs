using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Cli.Serve;

/// <summary>
/// Guards writes: a browser request from another origin is refused (a page elsewhere could otherwise post
/// text/plain to a local server without a preflight), and when a token is configured the request must
/// carry <c>Authorization: Bearer TOKEN</c> (compared in constant time).
/// </summary>
internal sealed class BearerTokenFilter(string? token) : IEndpointFilter
{
    private readonly byte[]? _expected = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (IsCrossOrigin(request))
        {
            return ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "writes from another origin are refused"));
        }

        if (_expected is null)
        {
            return next(context);
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _expected))
        {
            return next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "writes need the server's bearer token: Authorization: Bearer TOKEN"));
    }

    /// <summary>Browsers send Origin (and Sec-Fetch-Site) on cross-origin posts; scripts and curl send neither.</summary>
    private static bool IsCrossOrigin(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
