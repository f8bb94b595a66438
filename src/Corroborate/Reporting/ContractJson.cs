using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Corroborate.Reporting;

/// <summary>
/// The one home of the JSON contract's settings: every document the product writes (the analysis, a story, a
/// briefing, an article, event codings, worker-stored reports, API answers) goes through these options, so all
/// escape alike. Article text is untrusted: HTML-sensitive characters are escaped so the JSON is safe to embed,
/// but letters of every script stay readable ("Vučić", never "Vu\u010Di\u0107").
/// </summary>
public static class ContractJson
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>For documents people also read (command output): indented.</summary>
    public static JsonWriterOptions Indented { get; } = new() { Indented = true, Encoder = Encoder };

    /// <summary>For documents only programs read (API answers, stored reports): one line.</summary>
    public static JsonWriterOptions Compact { get; } = new() { Encoder = Encoder };

    /// <summary>For shapes serialised by reflection (the API's small answers): camelCase names, the same escaping.</summary>
    public static JsonSerializerOptions Serializer { get; } = new(JsonSerializerDefaults.Web) { Encoder = Encoder };

    public static Utf8JsonWriter Open(Stream output, bool indented = true) => new(output, indented ? Indented : Compact);

    /// <summary>One document written by <paramref name="write"/>, as UTF-8 bytes.</summary>
    public static byte[] ToBytes(Action<Utf8JsonWriter> write, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var json = Open(buffer, indented))
        {
            write(json);
        }

        return buffer.ToArray();
    }

    public static string ToText(Action<Utf8JsonWriter> write, bool indented = false) => System.Text.Encoding.UTF8.GetString(ToBytes(write, indented));
}
