using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Support;

/// <summary>Corroborates a story of articles written in a test, each from its own outlet, with the default stages.</summary>
public static class Stories
{
    public static StoryCorroboration Corroborate(params (string Outlet, string Text)[] articles)
    {
        IReadOnlyList<Article> story = [.. articles.Select((a, i) => Articles.FromPlainText(a.Text, $"a{i}.txt") with { Outlet = a.Outlet })];
        return new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default).Corroborate(story, new StoryExtractor().Extract(story));
    }

    public static IEnumerable<ClaimConflict> Conflicts(StoryCorroboration result) => result.Claims.SelectMany(c => c.Conflicts);
}
