using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Word-level rules for paragraphs that sit inside the article container but are not article text:
/// "Read more" lines, newsletter and cookie prompts, share bars, advertisement labels, photo credits,
/// repeated headlines and link lists.
/// </summary>
internal static partial class ParagraphRules
{
    /// <summary>Prompts are short; a longer paragraph mentioning a newsletter or cookies is article text.</summary>
    private const int MaxPromptLength = 300;

    /// <summary>Credits are a line; longer text starting "Photo:" is a caption-like paragraph we keep.</summary>
    private const int MaxCreditLength = 150;

    /// <summary>A short paragraph mostly made of link text is a related-link teaser, not prose.</summary>
    private const double MaxLinkDensity = 0.7;

    private const int MaxLinkParagraphLength = 200;

    public static string? RemovalReason(CollectedBlock block, string? title)
    {
        var text = block.Text;
        if (block.Tag == "H1" || (title is not null && text.Equals(title, StringComparison.OrdinalIgnoreCase)))
        {
            return RemovalReasons.RepeatedHeadline;
        }

        if (text.Length <= MaxPromptLength)
        {
            if (ReadMore().IsMatch(text))
            {
                return RemovalReasons.ReadMore;
            }

            // A prompt speaks to the reader; a paragraph reporting that residents "subscribe to the council's
            // newsletter" does not, and is article text (it may be the lead).
            if (Newsletter().IsMatch(text) && ReaderAddress().IsMatch(text))
            {
                return RemovalReasons.Newsletter;
            }

            if (Cookie().IsMatch(text) && ReaderAddress().IsMatch(text))
            {
                return RemovalReasons.Cookie;
            }

            if (ShareBar().IsMatch(text))
            {
                return RemovalReasons.ShareButtons;
            }

            if (Advertisement().IsMatch(text))
            {
                return RemovalReasons.Promotion;
            }
        }

        if (text.Length <= MaxCreditLength && PhotoCredit().IsMatch(text))
        {
            return RemovalReasons.PhotoCredit;
        }

        // A bare URL on its own line is a cited source the author wrote out; a line of linked words is navigation.
        if (block.Chars <= MaxLinkParagraphLength && block.LinkDensity > MaxLinkDensity && !block.IsHeading && !BareUrl().IsMatch(text))
        {
            return RemovalReasons.RelatedLink;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^\W*(?:read (?:more|also|next)|also read|related(?: articles?| stories| coverage| content| reading| links?)?|see also|more on this(?: story)?|recommended(?: reading)?|you may also like|you might also like|further reading|click here to read)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"(?:sign(?:ing)? up|subscribe|register)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox)|^\W*subscribe (?:now|today|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"\b(?:you|your|our|us|we)\b|^\W*(?:sign\s+up|subscribe|get|join|register|enter|follow|don'?t\s+miss|never\s+miss|stay|click|tap|accept|manage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderAddress();

    [GeneratedRegex(@"\bcookies?\b.{0,120}\b(?:accept|consent|agree|use of|policy|settings|preferences)\b|\b(?:accept|consent to)\b.{0,60}\bcookies\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cookie();

    [GeneratedRegex(@"^(?:\W*(?:share(?: this(?: article| story| post)?)?(?: on)?|tweet|facebook|twitter|x|email|e-mail|whatsapp|linkedin|pinterest|reddit|telegram|messenger|print|copy(?: link)?|comments?|save)\W*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareBar();

    [GeneratedRegex(@"^\W*(?:advertisement|advertising|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below)?(?: the main story)?|skip advert(?:isement)?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^\W*(?:photo|photograph|image|picture|foto|credit|illustration)s?\s*(?::|by\b)|(?:/|\|)\s*(?:getty images|ap|reuters|afp|shutterstock|epa|alamy)\W*$|^\W*\(?(?:photo|image):?\s", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();
}
