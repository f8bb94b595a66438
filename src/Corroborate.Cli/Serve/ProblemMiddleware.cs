using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Corroborate.Cli.Serve;

/// <summary>
/// Turns failures into RFC 7807 problem details: a request the server rejected while reading it (body too
/// large, bad framing) keeps its status; anything else is a 500 that says nothing of the internals.
/// </summary>
internal sealed class ProblemMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<ProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request", e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "request {Path} failed", context.Request.Path);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal error", "the server failed to answer this request").ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
