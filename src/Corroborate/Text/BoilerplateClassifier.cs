using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// Decides whether one line of article text is page furniture rather than reporting, and why.
/// Rules look at the shape of the line (a run of share-button names, an "Also read:" prefix, an agency
/// name alone, a caption ending in a photo credit) so they carry over to outlets we have never seen.
/// </summary>
public sealed partial class BoilerplateClassifier
{
    /// <summary>Share runs: at least this many tokens, at least this share of them icon or network names.</summary>
    private const int MinShareTokens = 3;
    private const double MinShareWordRatio = 0.8;

    /// <summary>Captions are short: a credit at the end of a line longer than this is part of a sentence.</summary>
    private const int MaxCaptionLength = 300;

    /// <summary>Prompts to the reader (newsletter, cookies, "follow us") are short; a longer line is reporting.</summary>
    private const int MaxPromptLength = 250;

    private readonly FrozenSet<string> _shareWords = ResourceText.Set("Cleaning/share-words.txt", StringComparer.OrdinalIgnoreCase);
    private readonly FrozenSet<string> _agencies = ResourceText.Set("Cleaning/agencies.txt", StringComparer.OrdinalIgnoreCase);

    public static BoilerplateClassifier Default { get; } = new();

    /// <summary>The removal reason for a whole line, or null when the line is text to keep.</summary>
    /// <param name="line">One line, trimmed.</param>
    /// <param name="title">The article's headline, when known, to spot it repeated as a caption.</param>
    public string? Classify(string line, string? title)
    {
        if (line.Length == 0)
        {
            return null;
        }

        if (RelatedLinkPrefix().IsMatch(line))
        {
            return RemovalReasons.RelatedLink;
        }

        if (ReadMorePrefix().IsMatch(line))
        {
            return RemovalReasons.ReadMore;
        }

        if (line.Length <= MaxPromptLength && AddressesTheReader(line))
        {
            // A prompt speaks to the reader; a lead sentence that mentions subscribers or cookies reports on someone.
            if (NewsletterPrompt().IsMatch(line))
            {
                return RemovalReasons.Newsletter;
            }

            if (CookiePrompt().IsMatch(line))
            {
                return RemovalReasons.Cookie;
            }

            if (FollowUs().IsMatch(line))
            {
                return RemovalReasons.Promotion;
            }
        }

        if (IsShareRun(line))
        {
            return RemovalReasons.ShareButtons;
        }

        if (AdvertisementLabel().IsMatch(line))
        {
            return RemovalReasons.Promotion;
        }

        if (CopyrightLine().IsMatch(line))
        {
            return RemovalReasons.Copyright;
        }

        if (IsTranslationDisclaimer(line))
        {
            return RemovalReasons.TranslationDisclaimer;
        }

        if (_agencies.Contains(line.Trim(' ', '/', '-', '—', '(', ')', '©')))
        {
            return RemovalReasons.AgencyCredit;
        }

        if (line.Length <= MaxCaptionLength && PhotoCredit().IsMatch(line))
        {
            return RemovalReasons.PhotoCredit;
        }

        if (BareMediaLink().IsMatch(line))
        {
            return RemovalReasons.MediaLink;
        }

        if (title is not null && IsRepeatedHeadline(line, title))
        {
            return RemovalReasons.RepeatedHeadline;
        }

        if (BulletTeaser().IsMatch(line))
        {
            return RemovalReasons.RelatedLink;
        }

        return null;
    }

    /// <summary>Media links glued to the end of a sentence ("… local time. pic.twitter.com/AbC123").</summary>
    public static Regex InlineMediaLink { get; } = InlineMediaLinkPattern();

    /// <summary>An "Also read:" teaser run into the end of a paragraph after its last sentence.</summary>
    public static Regex TrailingRelatedLink { get; } = TrailingRelatedLinkPattern();

    internal bool IsShareRun(string line)
    {
        // "Share this article: Facebook Twitter …": the lead-in is part of the bar.
        var rest = line.AsSpan();
        var leadIn = ShareLeadIn().Match(line);
        if (leadIn.Success)
        {
            rest = rest[leadIn.Length..];
            if (rest.Trim().Length == 0)
            {
                return true;
            }
        }

        // Tokens are the runs of non-white-space (as string.Split with no separator makes them), walked
        // in place: most lines are sentences, and splitting each into strings cost more than the rule.
        var tokens = 0;
        var hits = 0;
        var words = _shareWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (true)
        {
            while (i < rest.Length && char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            if (i == rest.Length)
            {
                break;
            }

            var start = i;
            while (i < rest.Length && !char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            tokens++;
            var word = rest[start..i].Trim(TokenPunctuation);
            foreach (var suffix in IconSuffix().EnumerateMatches(word))
            {
                word = word[..suffix.Index];
                break;
            }

            hits += words.Contains(word) ? 1 : 0;
        }

        if (tokens < (leadIn.Success ? 1 : MinShareTokens))
        {
            return false;
        }

        return hits >= tokens * MinShareWordRatio;
    }

    /// <summary>Separators glued to share-button names ("Facebook|", "· Twitter,").</summary>
    private static ReadOnlySpan<char> TokenPunctuation => "|·•,:";

    /// <summary>Second person ("you", "your"), the outlet speaking ("our", "us") or an imperative opening: a prompt, not a report.</summary>
    private static bool AddressesTheReader(string line) => ReaderAddress().IsMatch(line);

    /// <summary>The translation-disclaimer rule alone: <see cref="Classify"/> can answer that reason only where this holds.</summary>
    internal static bool IsTranslationDisclaimer(string line) =>
        TranslationCue().IsMatch(line) && TranslationHedge().IsMatch(line);

    /// <summary>A line that is the headline or its first words again (a caption or a truncated repeat).</summary>
    private static bool IsRepeatedHeadline(string line, string title)
    {
        const int minWords = 4;
        if (line.Equals(title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return title.StartsWith(line, StringComparison.OrdinalIgnoreCase) && line.AsSpan().Count(' ') + 1 >= minWords
            && !char.IsPunctuation(line[^1]);
    }

    [GeneratedRegex(@"^[•·▪►\-*]?\s*(?:also\s+read|read\s+also|see\s+also|related(?:\s+(?:news|articles?|stories|coverage))?|recommended|more\s+on\s+this(?:\s+story)?|must\s+read|don'?t\s+miss|watch)\s*[:：|\-–—]", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLinkPrefix();

    [GeneratedRegex(@"^[•·▪►\-*]?\s*(?:read\s+more|continue\s+reading|click\s+here|full\s+story)\b.{0,200}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMorePrefix();

    [GeneratedRegex(@"\b(?:sign(?:ing)?\s+up|subscribe|subscription|register)\b.{0,80}\b(?:newsletters?|bulletin|briefing|digest|alerts|updates)\b|\bnewsletters?\b.{0,80}\b(?:sign\s+up|subscribe|inbox)\b|\b(?:delivered|straight)\s+to\s+your\s+inbox\b|^\W*(?:subscribe|sign\s+up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterPrompt();

    [GeneratedRegex(@"\b(?:you|your|our|us)\b|^\W*(?:sign\s+up|subscribe|get|join|register|enter|follow|like|download|don'?t\s+miss|never\s+miss|stay\s+(?:informed|up\s+to\s+date|connected|in\s+touch)|click|tap|read|watch|listen|want|enjoy|receive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderAddress();

    [GeneratedRegex(@"\bcookies?\b.{0,120}\b(?:accept|consent|agree|use\s+of|policy|settings|preferences|continu(?:e|ing)\s+to)\b|\b(?:accept|consent\s+to|we\s+use)\b.{0,60}\bcookies\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookiePrompt();

    /// <summary>"Follow us on Facebook, Twitter and Instagram for the latest updates."</summary>
    [GeneratedRegex(@"^\W*(?:follow|like|find|join|connect\s+with|subscribe\s+to)\s+us\s+(?:on|at|in)\b|^\W*(?:download|get)\s+(?:our|the)\s+(?:free\s+)?(?:\w+\s+)?app\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUs();

    /// <summary>"Share this article:", "Share on", "Share:", "Click to share on".</summary>
    [GeneratedRegex(@"^\W*(?:click\s+to\s+)?share\b(?:\s+(?:this|the)\s+(?:article|story|post|page|video))?(?:\s+(?:on|via|with))?\s*[:：|\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ShareLeadIn();

    /// <summary>An advertisement label on a line of its own: "Advertisement", "ADVERTISEMENT", "Story continues below advertisement".</summary>
    [GeneratedRegex(@"^\W*(?:advertisement|advertising|advert|sponsored(?:\s+content)?|paid\s+(?:content|post)|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:the\s+main\s+story|below)|skip\s+advert(?:isement)?|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|ad\s+feedback)(?:\W+(?:advertisement|advertising|advert|sponsored(?:\s+content)?|paid\s+(?:content|post)|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:the\s+main\s+story|below)|skip\s+advert(?:isement)?|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|ad\s+feedback))*\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AdvertisementLabel();

    /// <summary>"© 2021 Valley Times. All rights reserved." — a footer line, short, naming a right holder.</summary>
    [GeneratedRegex(@"^\W*(?:(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?=\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[^!?]{0,80}?(?:\.?\s*all\s+rights\s+reserved)?\.?|[^!?]{0,80}?\ball\s+rights\s+reserved\.?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"automatically\s+(?:generated|translated)|machine[\s-]+translat|translated\s+(?:automatically|by\s+(?:an?\s+)?(?:AI|machine|software|google))|(?:generated|translated)\s+by\s+(?:the\s+)?AI", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationCue();

    [GeneratedRegex(@"inaccura|errors?\b|versions?\b|main\s+language|original\s+(?:language|text|version)|may\s+(?:not|contain)", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationHedge();

    [GeneratedRegex(@"\((?:photo|image|picture|foto|file\s+photo|handout|credit|courtesy)\b[^()]{0,80}\)\s*$|^(?:photo|image|picture|foto)\s*(?:credit)?\s*[:/]\s*\S.{0,80}$|\(\s*(?:AFP|AP|Reuters|Getty(?:\s+Images)?|EPA|Xinhua)\s+(?:photo|via\s+Getty(?:\s+Images)?)\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:pic\.twitter\.com/\w+|https?://(?:t\.co|bit\.ly|youtu\.be|pic\.twitter\.com)/\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMediaLink();

    [GeneratedRegex(@"(?<=[.!?""”’])\s+(?:also\s+read|read\s+also|see\s+also|read\s+more)\s*[:：].{1,200}$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRelatedLinkPattern();

    [GeneratedRegex(@"\s*\bpic\.twitter\.com/\w+", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMediaLinkPattern();

    /// <summary>A bulleted line with no sentence punctuation: a teaser linking to another story.</summary>
    [GeneratedRegex(@"^[•·▪►]\s*\S[^\n]{0,200}(?<![.!?""”’])$")]
    private static partial Regex BulletTeaser();

    [GeneratedRegex(@"-(?:blank|square|circle|alt|f|o|round|official)$", RegexOptions.IgnoreCase)]
    private static partial Regex IconSuffix();
}
