using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corroborate.Reporting;

/// <summary>
/// The view as JSON: the <c>"view"</c> of an API story document and of a stored report, written and read back by
/// one generated serializer (camelCase, the contract's escaping), so a stored report prints without the analysis.
/// </summary>
internal static class BriefingViewJson
{
    /// <summary>The name of the view's property in a story document.</summary>
    public const string Property = "view";

    public static void Write(Utf8JsonWriter json, BriefingView view)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(Property);
        JsonSerializer.Serialize(json, view, BriefingViewJsonContext.Default.BriefingView);
    }

    public static BriefingView Read(JsonElement view) =>
        view.Deserialize(BriefingViewJsonContext.Default.BriefingView)
            ?? throw new JsonException("a story document's \"view\" is null");

    /// <summary>The view inside a stored story document; null when the document has none (written by an older build).</summary>
    public static BriefingView? FromDocument(string document)
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.TryGetProperty(Property, out var view) ? Read(view) : null;
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BriefingView))]
internal sealed partial class BriefingViewJsonContext : JsonSerializerContext;
