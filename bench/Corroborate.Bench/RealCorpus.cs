using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Bench;

/// <summary>
/// The ECB+ development articles as source documents, and streams made from them by replication with planted
/// changes: each copy keeps its original's story but takes every other paragraph from another article of that
/// story, shifts its numbers and names another outlet, so copies are neither exact nor (mostly) near duplicates.
/// </summary>
internal static partial class RealCorpus
{
    internal sealed record Item(SourceDocument Document, string Story);

    public static List<Item> Load(string path)
    {
        var items = new List<Item>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            items.Add(new Item(new SourceDocument
            {
                Source = $"{Path.GetFileName(path)}:{line}",
                ExternalId = root.GetProperty("id").GetString(),
                Title = root.TryGetProperty("title", out var title) ? title.GetString() : null,
                Text = root.GetProperty("text").GetString() ?? "",
            }, root.TryGetProperty("story", out var story) ? story.ToString() : ""));
        }

        return items;
    }

    /// <summary><paramref name="count"/> documents cycling through <paramref name="articles"/>, copy k of each changed by k.</summary>
    public static IEnumerable<SourceDocument> Replicate(IReadOnlyList<Item> articles, int count)
    {
        var byStory = articles.GroupBy(a => a.Story).ToDictionary(g => g.Key, g => g.ToList());
        for (var i = 0; i < count; i++)
        {
            var item = articles[i % articles.Count];
            var round = i / articles.Count;
            if (round == 0)
            {
                yield return item.Document with { Outlet = Outlet(i) };
                continue;
            }

            var siblings = byStory[item.Story];
            var other = siblings[(siblings.IndexOf(item) + round) % siblings.Count];
            yield return item.Document with
            {
                Source = $"{item.Document.Source}#r{round}",
                ExternalId = $"{item.Document.ExternalId}-r{round}",
                Outlet = Outlet(i),
                Text = Change(item.Document.Text, other.Document.Text, round),
            };
        }
    }

    public static void WriteReplicated(string path, IReadOnlyList<Item> articles, int count)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var day = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var i = 0;
        foreach (var document in Replicate(articles, count))
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = document.ExternalId,
                title = document.Title,
                outlet = document.Outlet,
                published = day.AddMinutes(i++ % 20_000).ToString("o", CultureInfo.InvariantCulture),
                text = document.Text,
            }));
        }
    }

    private static string Outlet(int i) => $"outlet{i % 97:D2}.example";

    private static string Change(string text, string other, int round)
    {
        var mine = text.Split("\n\n");
        var theirs = other.Split("\n\n");
        var paragraphs = new List<string>(mine.Length);
        for (var p = 0; p < mine.Length; p++)
        {
            // Every other paragraph (from the second on) comes from a sibling article of the same story.
            paragraphs.Add(p % 2 == 1 && p < theirs.Length ? theirs[p] : mine[p]);
        }

        // Numbers shift by the round in one paragraph in three: the changed figures corroboration looks for.
        for (var p = round % 3; p < paragraphs.Count; p += 3)
        {
            paragraphs[p] = Number().Replace(paragraphs[p], m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + round).ToString(CultureInfo.InvariantCulture));
        }

        return string.Join("\n\n", paragraphs);
    }

    [GeneratedRegex(@"\b[1-9][0-9]{0,3}\b")]
    private static partial Regex Number();
}
