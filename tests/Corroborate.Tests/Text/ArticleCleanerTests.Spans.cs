using System.Text.RegularExpressions;
using Corroborate.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Text;

/// <summary>
/// The cleaner's in-place shortcuts give what the plain definitions give: collapsing spaces without the regex when
/// nothing would change, and share runs counted over spans instead of split strings.
/// </summary>
public sealed partial class ArticleCleanerTests
{
    /// <summary>The definition the cleaner had before its shortcut: trim, then every run of these spaces to one.</summary>
    private static readonly Regex SpaceRuns = new(@"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+");

    private static readonly string[] SpacePieces =
    [
        "word", "Two words", " ", "  ", "\t", "\u00A0", "\u2003", "\u200A", "\u200B", "\u202F", "\u205F", "\u3000", "\n", "\r", "x", "—", "é",
    ];

    [Theory]
    [InlineData("Plain text with single spaces.")]
    [InlineData("  Leading and trailing  ")]
    [InlineData("Two  spaces and a\ttab")]
    [InlineData("A non\u00A0breaking space")]
    [InlineData("A\u3000wide space and a thin\u2009one")]
    [InlineData("")]
    public void Collapsing_spaces_gives_what_the_regex_gives(string line) =>
        Assert.Equal(SpaceRuns.Replace(line.Trim(), " "), ArticleCleaner.CollapseSpaces(line));

    [Fact]
    public void Collapsing_spaces_gives_what_the_regex_gives_on_arbitrary_text()
    {
        var text = Gen.ArrayOf(Gen.Elements(SpacePieces)).Select(string.Concat).ToArbitrary();
        Prop.ForAll(text, line => SpaceRuns.Replace(line.Trim(), " ") == ArticleCleaner.CollapseSpaces(line)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_line_needing_no_change_is_returned_as_it_is()
    {
        const string Line = "Nothing to collapse here.";
        Assert.Same(Line, ArticleCleaner.CollapseSpaces(Line));
    }
}
