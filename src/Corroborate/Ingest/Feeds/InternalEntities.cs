using System.Text.RegularExpressions;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Expands entities declared in a DOCTYPE internal subset when their values are plain text (no '&amp;',
/// '&lt;' or '%'), so <c>&lt;!ENTITY id "tag:example.com,"&gt;</c> works while DTD processing stays off.
/// Values that reference other entities are left alone: nesting is what makes a billion-laughs bomb.
/// </summary>
internal static partial class InternalEntities
{
    public static string Expand(string text)
    {
        var doctype = DocTypePattern().Match(text);
        if (!doctype.Success)
        {
            return text;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in EntityPattern().Matches(doctype.Groups["subset"].Value))
        {
            var value = m.Groups["value"].Value;
            if (value.IndexOfAny(['&', '<', '%']) < 0)
            {
                values.TryAdd(m.Groups["name"].Value, value);
            }
        }

        if (values.Count == 0)
        {
            return text;
        }

        var end = doctype.Index + doctype.Length;
        var body = ReferencePattern().Replace(text[end..], r => values.TryGetValue(r.Groups[1].Value, out var v) ? v : r.Value);
        return text[..doctype.Index] + body; // the DOCTYPE goes: its entities are now expanded
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*\[(?<subset>[^\]]*)\]\s*>")]
    private static partial Regex DocTypePattern();

    [GeneratedRegex(@"<!ENTITY\s+(?<name>[A-Za-z_][\w.-]*)\s+(?:""(?<value>[^""]*)""|'(?<value>[^']*)')\s*>")]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"&([A-Za-z_][\w.-]*);")]
    private static partial Regex ReferencePattern();
}
