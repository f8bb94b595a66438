using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>Sniffs metadata from the head of a plain-text article.</summary>
public static class PlainTextHeaderReader
{
    public static SourceDocument Read(string text, string source) => new() { Source = source, Text = text };
}
