namespace Corroborate.Events;

/// <summary>
/// The lines of a PETRARCH dictionary without its comments: <c>&lt;!-- … --&gt;</c> blocks (which may span lines)
/// and everything after <c>#</c>. Leading white space is kept, since an indented line continues the entry above.
/// </summary>
internal static class DictionaryLines
{
    public static IEnumerable<string> Read(TextReader reader) => ReadWithComments(reader).Select(line => line.Text);

    /// <summary>The lines as <see cref="Read"/> gives them, each with the text after its <c>#</c> (trimmed; empty when none).</summary>
    public static IEnumerable<(string Text, string Comment)> ReadWithComments(TextReader reader)
    {
        var inBlock = false;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw;
            if (inBlock)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                line = line[(close + 3)..];
                inBlock = false;
            }

            var open = line.IndexOf("<!--", StringComparison.Ordinal);
            while (open >= 0)
            {
                var close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    line = line[..open];
                    inBlock = true;
                    break;
                }

                line = line[..open] + line[(close + 3)..];
                open = line.IndexOf("<!--", StringComparison.Ordinal);
            }

            var hash = line.IndexOf('#');
            var comment = "";
            if (hash >= 0)
            {
                comment = line[(hash + 1)..].Trim();
                line = line[..hash];
            }

            line = line.TrimEnd();
            if (line.Trim().Length > 0)
            {
                yield return (line, comment);
            }
        }
    }

    /// <summary>The words of a dictionary phrase: '_' and spaces separate words; keys as <see cref="EventTokenizer.KeyOf"/> makes them.</summary>
    public static string[] Words(string phrase) =>
        [.. phrase.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => EventTokenizer.KeyOf(w)).Where(w => w.Length > 0)];

    /// <summary>The regular noun plurals PETRARCH generates for agents and synset words.</summary>
    public static string Plural(string word)
    {
        if (word.Length < 2)
        {
            return word + "S";
        }

        if (word.EndsWith('Y') && !"AEIOU".Contains(word[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "IES";
        }

        return word.EndsWith('S') || word.EndsWith('X') || word.EndsWith('Z') || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal)
            ? word + "ES"
            : word + "S";
    }
}
