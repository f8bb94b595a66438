using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Who stands behind each article of a story, and how many independent sources stand behind a claim.
/// <para>
/// The outlet: the article's own metadata (feed, page, JSON field, dateline credit), else its URL's host,
/// else the folder it came from when the story's articles come from several folders side by side; an
/// article with none of these is its own source, named by its title (or its id), never merged with other
/// unknown ones.
/// </para>
/// <para>
/// Independent sources: the articles of one outlet, an article and its near copies, articles crediting the
/// same agency, and sentences in near-identical words (one agency paragraph carried by many outlets) each
/// count once, so a claim can be told by 17 outlets and rest on one source.
/// </para>
/// </summary>
public sealed class StorySources
{
    /// <summary>Two sentences sharing this share of their words (Jaccard) are one text, carried twice.</summary>
    public const double SameWordingShare = 0.8;

    private readonly Dictionary<string, string> _outlets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _origin = new(StringComparer.Ordinal);

    private StorySources()
    {
    }

    /// <param name="copies">Near copies in the story: copy id → original id.</param>
    public static StorySources Of(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies = null)
    {
        var sources = new StorySources();
        var folders = articles.Select(FolderOf).Where(f => f is not null).Distinct(StringComparer.Ordinal).Count();
        foreach (var article in articles)
        {
            var known = Known(article) ?? (folders >= 2 ? FolderName(article) : null);
            if (known is not null)
            {
                sources._named.Add(article.Id);
            }

            sources._outlets[article.Id] = known ?? Unnamed(article);
        }

        // Origins: an article, its copies and the articles crediting the same agency are one origin.
        var parent = articles.ToDictionary(a => a.Id, a => a.Id, StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent[id] != id)
            {
                id = parent[id] = parent[parent[id]];
            }

            return id;
        }

        foreach (var (copy, original) in copies ?? new Dictionary<string, string>())
        {
            if (parent.ContainsKey(copy) && parent.ContainsKey(original))
            {
                parent[Root(copy)] = Root(original);
            }
        }

        foreach (var group in articles.Where(a => Agency(a) is not null).GroupBy(a => Agency(a)!, StringComparer.Ordinal))
        {
            foreach (var article in group.Skip(1))
            {
                parent[Root(article.Id)] = Root(group.First().Id);
            }
        }

        foreach (var article in articles)
        {
            sources._origin[article.Id] = Root(article.Id);
        }

        return sources;
    }

    /// <summary>The outlet an article speaks for (its name, or its title when none is known).</summary>
    public string OutletOf(string articleId) => _outlets.GetValueOrDefault(articleId) ?? "article " + articleId;

    /// <summary>True when the outlet is known (metadata, URL, folder), false when the article stands for itself under its title.</summary>
    public bool IsNamed(string articleId) => _named.Contains(articleId);

    /// <summary>How many independent sources tell the sentences: one per outlet, per article with its copies and agency, per wording.</summary>
    public int Independent(IReadOnlyList<ClaimMention> mentions)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        // A sentence's words are read only for pairs that neither outlet nor origin joins: most pairs never need them.
        var words = new HashSet<string>?[mentions.Count];
        HashSet<string> WordsAt(int i) => words[i] ??= WordsOf(mentions[i].Text);

        for (var i = 0; i < mentions.Count; i++)
        {
            for (var j = i + 1; j < mentions.Count; j++)
            {
                // Only how many groups there are is read: a pair already in one group can only join it again.
                if (Root(i) == Root(j))
                {
                    continue;
                }

                var (a, b) = (mentions[i], mentions[j]);
                if (OutletOf(a.ArticleId) == OutletOf(b.ArticleId) || _origin.GetValueOrDefault(a.ArticleId, a.ArticleId) == _origin.GetValueOrDefault(b.ArticleId, b.ArticleId)
                    || ContentWords.Jaccard(WordsAt(i), WordsAt(j)) >= SameWordingShare)
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }

        return Enumerable.Range(0, mentions.Count).Select(Root).Distinct().Count();
    }

    /// <summary>
    /// <see cref="Independent"/> of a growing claim kept between reports: the sentences' groups (one per independent source)
    /// and words, so a sentence that joins is compared with the claim's sentences once rather than every pair again.
    /// </summary>
    internal sealed class Grouping
    {
        private readonly List<int> _parent = [];
        private readonly List<HashSet<string>> _words = [];
        private readonly List<ClaimMention> _mentions = [];

        /// <summary>The sentences taken in.</summary>
        public int Size => _mentions.Count;

        /// <summary>How many independent sources tell the claim's sentences (as <see cref="Independent"/> counts them).</summary>
        public int Count { get; private set; }

        /// <summary>Adds one sentence, compared with the earlier ones through <paramref name="sources"/>.</summary>
        public void Add(ClaimMention mention, StorySources sources)
        {
            var words = WordsOf(mention.Text);
            var index = _mentions.Count;
            _mentions.Add(mention);
            _words.Add(words);
            _parent.Add(index);
            Count++;
            for (var j = 0; j < index; j++)
            {
                if (Root(j) == Root(index))
                {
                    continue;
                }

                var other = _mentions[j];
                if (sources.OutletOf(mention.ArticleId) == sources.OutletOf(other.ArticleId)
                    || sources._origin.GetValueOrDefault(mention.ArticleId, mention.ArticleId) == sources._origin.GetValueOrDefault(other.ArticleId, other.ArticleId)
                    || ContentWords.Jaccard(words, _words[j]) >= SameWordingShare)
                {
                    _parent[Root(j)] = Root(index);
                    Count--;
                }
            }
        }

        private int Root(int i)
        {
            while (_parent[i] != i)
            {
                i = _parent[i] = _parent[_parent[i]];
            }

            return i;
        }
    }

    private static HashSet<string> WordsOf(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in sentence.Split([' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(word.ToLowerInvariant());
        }

        return words;
    }

    /// <summary>The outlet the article's own data name: metadata, else the host of its URL ("www." left out).</summary>
    public static string? Known(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Outlet))
        {
            return article.Outlet.Trim();
        }

        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }

        return null;
    }

    /// <summary>
    /// An article with no known outlet: its title (shortened), else the opening words of its text, as a reader would
    /// name it; its id only when it has neither.
    /// </summary>
    public static string Unnamed(Article article)
    {
        var name = !string.IsNullOrWhiteSpace(article.Title) ? article.Title : article.CleanText;
        if (string.IsNullOrWhiteSpace(name))
        {
            return "article " + article.Id;
        }

        var line = name.AsSpan().Trim();
        if (line.IndexOf('\n') is var end and > 0)
        {
            line = line[..end].TrimEnd();
        }

        return line.Length <= 80 ? line.ToString() : string.Concat(line[..(line[..79].LastIndexOf(' ') is var cut and > 40 ? cut : 79)], "…");
    }

    /// <summary>The agency an article credits ("AFP", "Reuters" lines the cleaner took out), upper-cased, or null.</summary>
    private static string? Agency(Article article) => article.Removed.Where(r => r.Reason == RemovalReasons.AgencyCredit)
        .Select(r => new string([.. r.Text.Where(char.IsLetter)]).ToUpperInvariant()).FirstOrDefault(a => a.Length > 0);

    private static string? FolderOf(Article article)
    {
        var path = article.Source;
        if (path.Length == 0 || path == "-" || path.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var directory = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(directory) ? null : directory;
    }

    private static string? FolderName(Article article) => FolderOf(article) is { } folder ? Path.GetFileName(folder) : null;
}
