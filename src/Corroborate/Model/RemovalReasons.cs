namespace Corroborate.Model;

/// <summary>The reasons recorded with a <see cref="Removal"/>. Stable strings: they appear in JSON.</summary>
public static class RemovalReasons
{
    public const string Header = "header";
    public const string Dateline = "dateline";
    public const string RepeatedHeadline = "repeated-headline";
    public const string RelatedLink = "related-link";
    public const string ShareButtons = "share-buttons";
    public const string TranslationDisclaimer = "translation-disclaimer";
    public const string MediaLink = "media-link";
    public const string ReadMore = "read-more";
    public const string Newsletter = "newsletter";
    public const string PhotoCredit = "photo-credit";
    public const string AgencyCredit = "agency-credit";
    public const string EmbedAttribution = "embed-attribution";
    public const string Navigation = "navigation";
    public const string Comments = "comments";
    public const string Cookie = "cookie-notice";
    public const string Caption = "caption";
    public const string Promotion = "promotion";
    public const string Copyright = "copyright";
}
