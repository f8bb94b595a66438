using Corroborate.Corroboration;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

public sealed class StorySourcesTests
{
    private static Article Make(string text, string source, string? outlet = null, string? url = null, string? title = null) =>
        Articles.FromPlainText(text, source) with { Outlet = outlet, Url = url, Title = title };

    [Fact]
    public void The_outlet_comes_from_metadata_then_the_url_host_then_the_title_then_the_opening_words()
    {
        var byMeta = Make("The bridge reopened to traffic on Monday after repairs.", "a.txt", outlet: " Harbour Daily ");
        var byUrl = Make("The bridge reopened to traffic on Monday after two weeks.", "b.txt", url: "https://www.coastal-wire.example/news/1");
        var byTitle = Make("The bridge reopened to traffic on Monday, officials said.", "c.txt", title: "Bridge reopens after repairs");
        var bare = Make("The bridge reopened to traffic on Monday, the city said.", "d.txt");

        var sources = StorySources.Of([byMeta, byUrl, byTitle, bare]);

        Assert.Equal("Harbour Daily", sources.OutletOf(byMeta.Id));
        Assert.Equal("coastal-wire.example", sources.OutletOf(byUrl.Id));
        Assert.Equal("Bridge reopens after repairs", sources.OutletOf(byTitle.Id));
        Assert.Equal("The bridge reopened to traffic on Monday, the city said.", sources.OutletOf(bare.Id));
        Assert.True(sources.IsNamed(byUrl.Id));
        Assert.False(sources.IsNamed(byTitle.Id));
    }

    [Fact]
    public void Sibling_folders_name_outlets_only_when_the_story_spans_several()
    {
        var first = Make("The bridge reopened to traffic on Monday after repairs.", "corpus/harbour/a.txt");
        var second = Make("The bridge reopened to traffic on Monday after two weeks.", "corpus/coastal/b.txt");
        var sameFolder = Make("The bridge reopened to traffic on Monday, officials said.", "corpus/harbour/c.txt");

        Assert.Equal("harbour", StorySources.Of([first, second]).OutletOf(first.Id));
        Assert.Equal("The bridge reopened to traffic on Monday, officials said.", StorySources.Of([first, sameFolder]).OutletOf(sameFolder.Id));
    }
}
