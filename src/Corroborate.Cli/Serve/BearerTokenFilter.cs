using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Cli.Serve;

/// <summary>Lets a write through only with <c>Authorization: Bearer TOKEN</c> when a token is configured (compared in constant time).</summary>
public sealed class BearerTokenFilter(string? token) : IEndpointFilter
{
    private readonly byte[]? _expected = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
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
}
