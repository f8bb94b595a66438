using Corroborate.Clustering;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>Briefing sentences must stand alone, and a story is titled by its best headline.</summary>
public sealed class BriefingStandaloneTests
{
    private static ClaimMention Mention(string text, string? cue = null, string? speaker = null) =>
        new("a", "Harbour Daily", 0, new TextSpan(0, text.Length), text, [], [], [], [], speaker is null ? null : "E1", speaker is null ? null : "q1")
        {
            SpeakerCue = cue,
            SpeakerName = speaker,
        };

    [Theory]
    [InlineData("Moreover, the bridge will stay closed to lorries until the spring.")]
    [InlineData("“The bridge will stay closed to lorries until the spring.")]
    [InlineData("He said the bridge would stay closed to lorries until the spring.")]
    [InlineData("The mayor listed the roads affected:")]
    public void Sentences_leaning_on_context_or_with_a_stray_quote_mark_do_not_stand_alone(string sentence)
    {
        Assert.False(BriefingBuilder.Standalone(Mention(sentence)).Readable);
    }

    [Fact]
    public void A_quote_given_to_he_stands_alone_when_the_speaker_is_resolved_and_shown()
    {
        const string sentence = "“The bridge will stay closed to lorries until the spring,” he added.";

        Assert.False(BriefingBuilder.Standalone(Mention(sentence, cue: "he")).Readable);
        Assert.Equal((true, "Tomas Novak"), BriefingBuilder.Standalone(Mention(sentence, cue: "he", speaker: "Tomas Novak")));
    }

    [Fact]
    public void A_story_is_titled_by_its_best_headline_not_its_keywords()
    {
        var first = Articles.FromPlainText("Bridge reopens after repairs\n\nThe city bridge reopened to traffic on Monday after two weeks of repairs.", "a.txt");
        var second = Articles.FromPlainText("City bridge reopens to traffic\n\nThe bridge over the river reopened to traffic on Monday, the council said.", "b.txt");
        var story = new Story("s-" + first.Id, "bridge reopened traffic monday", null, null, [first.Id, second.Id], [], 0, ["bridge", "reopened"]);

        var report = StoryReports.Build(story, new Dictionary<string, Article> { [first.Id] = first, [second.Id] = second }, new StoryExtractor());

        Assert.Contains(report.Title, new[] { first.Title, second.Title });
    }
}
