using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corroborate.Cli.Serve;

/// <summary>
/// The web page: plain HTML, CSS and JS embedded in the assembly (no build step, nothing on disk to
/// deploy). Each page is a static shell; its script fetches the API and builds the DOM with textContent.
/// </summary>
internal static class StaticAssets
{
    private const string Prefix = "Corroborate.Cli.Serve.Assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static IReadOnlyCollection<string> Names => Files.Keys;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => Serve("index.html"));
        routes.MapGet("/stories/{id}", (string id) => Serve("story.html"));
        routes.MapGet("/articles/{id}", (string id) => Serve("article.html"));
        routes.MapGet("/entities/{id}", (string id) => Serve("entity.html"));
        routes.MapGet("/openapi.json", () => Serve("openapi.json"));
        routes.MapGet("/assets/{name}", (string name) => Files.ContainsKey(name) && !name.EndsWith(".html", StringComparison.Ordinal)
            ? Serve(name)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "no such asset"));
    }

    public static IResult Serve(string name) =>
        Results.Bytes(Files[name], ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"));

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource[Prefix.Length..]] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
