using System.Text.RegularExpressions;
using Corroborate.Model;
using Corroborate.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Text;

/// <summary>
/// The classifier's shortcuts give the answers of the plain rules: share runs counted over spans of the line (as splitting it
/// into strings did), and the translation-disclaimer rule asked alone before the whole classifier.
/// </summary>
public sealed partial class WebJunkTests
{
    private static readonly string[] SharePieces =
    [
        "Facebook", "twitter", "Email", "WhatsApp", "facebook-f", "twitter-square", "Share", "Share this article:", "|", "·", "•", ",", ":",
        "Print", "the", "mayor", "said", "on", "Monday", " ", "  ", "\t", "\u00A0", "\u3000", "Linkedin,", "|Reddit|", "-blank",
    ];

    private static readonly Regex ReferenceIconSuffix = new("-(?:blank|square|circle|alt|f|o|round|official)$", RegexOptions.IgnoreCase);
    private static readonly Regex ReferenceShareLeadIn = new(
        @"^\W*(?:click\s+to\s+)?share\b(?:\s+(?:this|the)\s+(?:article|story|post|page|video))?(?:\s+(?:on|via|with))?\s*[:：|\-–—]?\s*", RegexOptions.IgnoreCase);

    /// <summary>The rule as it was written with strings: split on white space, trim separators, drop an icon suffix, count list words.</summary>
    private static bool ReferenceIsShareRun(string line)
    {
        var words = ResourceText.Set("Cleaning/share-words.txt", StringComparer.OrdinalIgnoreCase);
        var leadIn = ReferenceShareLeadIn.Match(line);
        if (leadIn.Success)
        {
            line = line[leadIn.Length..];
            if (line.Trim().Length == 0)
            {
                return true;
            }
        }

        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < (leadIn.Success ? 1 : 3))
        {
            return false;
        }

        var hits = tokens.Count(token => words.Contains(ReferenceIconSuffix.Replace(token.Trim('|', '·', '•', ',', ':'), "")));
        return hits >= tokens.Length * 0.8;
    }

    [Theory]
    [InlineData("Facebook Twitter Email", true)]
    [InlineData("Share this article: Facebook| Twitter|", true)]
    [InlineData("facebook-f twitter-square linkedin-official", true)]
    [InlineData("The mayor said on Monday that Facebook and Twitter were blocked.", false)]
    [InlineData("Facebook Twitter", false)]
    public void Share_runs_are_told_as_the_string_rule_told_them(string line, bool expected)
    {
        Assert.Equal(expected, ReferenceIsShareRun(line));
        Assert.Equal(expected, BoilerplateClassifier.Default.IsShareRun(line));
    }

    [Fact]
    public void Share_runs_are_told_as_the_string_rule_told_them_on_arbitrary_lines()
    {
        var lines = Gen.ArrayOf(Gen.Elements(SharePieces)).Select(pieces => string.Join(" ", pieces)).ToArbitrary();
        Prop.ForAll(lines, line => ReferenceIsShareRun(line) == BoilerplateClassifier.Default.IsShareRun(line)).QuickCheckThrowOnFailure();
    }

    private static readonly string[] DisclaimerPieces =
    [
        "This page was", "automatically translated", "machine translated", "and may contain errors.", "The original version prevails.",
        "Subscribe to our newsletter", "Facebook Twitter Email", "Advertisement", "© 2024 Example Daily.", "The council met on Monday.", "you", " ",
    ];

    [Fact]
    public void The_classifier_names_a_translation_disclaimer_only_where_the_disclaimer_rule_alone_holds()
    {
        // The cleaner asks the rule alone first for whole paragraphs and calls Classify only where it holds.
        var lines = Gen.ArrayOf(Gen.Elements(DisclaimerPieces)).Select(pieces => string.Join(" ", pieces).Trim()).ToArbitrary();
        Prop.ForAll(lines, line =>
            BoilerplateClassifier.Default.Classify(line, null) != RemovalReasons.TranslationDisclaimer || BoilerplateClassifier.IsTranslationDisclaimer(line))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_translation_disclaimer_is_told_by_the_rule_alone_and_by_the_classifier()
    {
        const string Line = "This page was automatically translated and may contain errors.";
        Assert.True(BoilerplateClassifier.IsTranslationDisclaimer(Line));
        Assert.Equal(RemovalReasons.TranslationDisclaimer, BoilerplateClassifier.Default.Classify(Line, null));
    }
}
