using System.Globalization;
using System.Text;

namespace Corroborate.Tests.Support;

/// <summary>
/// Writes a seeded stream of generated news files (one plain-text article each, "UNIX-SECONDS Headline"
/// then paragraphs): events of a few kinds sharing topic words, each with its own names and figures,
/// reported over hours by several outlets, with syndicated near-copies, repeated files and a few empty
/// (unreadable) ones. Same seed, same files.
/// </summary>
public static class NewsFiles
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<string> Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => "abcdefghiklmnoprstuvwy"[random.Next(22)])]);
        string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
        var common = Enumerable.Range(0, 800).Select(_ => Word(4, 9)).ToArray();
        var kinds = Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 40).Select(_ => Word(5, 11)).ToArray()).ToArray();
        var outlets = Enumerable.Range(0, 30).Select(_ => Capital(Word(4, 8)) + " " + Capital(Word(4, 8))).ToArray();
        var events = new List<(int Kind, string[] Names, string[] Words, string[] Figures)>();
        var written = new List<(string Title, string Body)>();
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var time = Start.AddMinutes(i * 7);
            var path = Path.Combine(folder, $"{i:D5}-{outlets[random.Next(outlets.Length)].Replace(' ', '-').ToLowerInvariant()}.txt");
            paths.Add(path);
            var roll = random.NextDouble();
            if (roll < 0.01)
            {
                File.WriteAllText(path, "");
                continue;
            }

            if (roll < 0.03 && written.Count > 0)
            {
                var (title, body) = written[random.Next(written.Count)];
                File.WriteAllText(path, $"{time.ToUnixTimeSeconds()} {title}\n\n{body}\n");
                continue;
            }

            if (roll < 0.12 && written.Count > 0)
            {
                var (title, body) = written[random.Next(written.Count)];
                var cut = body.LastIndexOf("\n\n", StringComparison.Ordinal);
                File.WriteAllText(path, $"{time.ToUnixTimeSeconds()} Update: {title}\n\n{(cut > 0 ? body[..cut] : body)}\n");
                continue;
            }

            if (events.Count < 3 || random.NextDouble() < 0.12)
            {
                events.Add((random.Next(kinds.Length), [.. Enumerable.Range(0, 5).Select(_ => Capital(Word(4, 8)) + " " + Capital(Word(5, 9)))],
                    [.. Enumerable.Range(0, 20).Select(_ => common[random.Next(common.Length)])],
                    [.. Enumerable.Range(0, 3).Select(_ => random.Next(2, 5000).ToString(CultureInfo.InvariantCulture))]));
            }

            // Recent events get most of the coverage, as in a live feed.
            var e = events[Math.Max(0, events.Count - 1 - (int)Math.Floor(Math.Abs(random.NextDouble() * random.NextDouble() * 12)))];
            var text = new StringBuilder();
            for (var p = random.Next(3, 7); p > 0; p--)
            {
                for (var s = random.Next(2, 4); s > 0; s--)
                {
                    text.Append(Capital(common[random.Next(common.Length)]));
                    for (var w = random.Next(10, 20); w > 0; w--)
                    {
                        var r = random.NextDouble();
                        text.Append(' ').Append(r switch
                        {
                            < 0.45 => common[random.Next(common.Length)],
                            < 0.65 => kinds[e.Kind][random.Next(kinds[e.Kind].Length)],
                            < 0.85 => e.Words[random.Next(e.Words.Length)],
                            < 0.96 => e.Names[random.Next(e.Names.Length)],
                            _ => e.Figures[random.Next(e.Figures.Length)],
                        });
                    }

                    text.Append(". ");
                }

                text.Append("\n\n");
            }

            var headline = $"{Capital(kinds[e.Kind][random.Next(40)])} {e.Words[random.Next(20)]} {e.Names[random.Next(5)]} {kinds[e.Kind][random.Next(40)]}";
            var bodyText = text.ToString().TrimEnd();
            written.Add((headline, bodyText));
            File.WriteAllText(path, $"{time.ToUnixTimeSeconds()} {headline}\n\n{bodyText}\n");
        }

        return paths;
    }
}
