using Corroborate.Pipeline;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// One small story we wrote: three outlets report a water pact with a different count, a different day
/// and one qualifier more; one adds a protest nobody else reports; one mentions other agreements signed
/// elsewhere, which must not be read as a conflict.
/// </summary>
public sealed class ClaimAlignmentTests
{
    private static readonly DateTimeOffset Published = new(2024, 3, 8, 9, 0, 0, TimeSpan.Zero); // a Friday

    private static readonly Article Harbour = Build("harbour", "Harbour Daily", """
        Portugal and Spain seal water pact in Lisbon

        The prime ministers of Portugal and Spain signed five water agreements in Lisbon on Tuesday after two days of talks.
        The deals cover irrigation, fisheries and hydropower along the shared rivers.
        In Morocco, 12 agreements were signed last month with a different partner.
        Engineers from both countries are expected to begin surveys of the river basins before the summer.
        """);

    private static readonly Article Iberia = Build("iberia", "Iberia Times", """
        Lisbon talks end with water accords

        Portugal and Spain signed six water agreements in Lisbon on Tuesday, ending two days of talks between their prime ministers.
        The accords cover irrigation, fisheries and tidal hydropower on the rivers both countries share.
        Farmers' unions welcomed the accords but asked for details on compensation.
        """);

    private static readonly Article Wire = Build("wire", "Coastal Wire", """
        Water pact signed

        The prime ministers of Portugal and Spain signed five water agreements in Lisbon on Wednesday after their talks.
        Protesters gathered outside the venue demanding compensation for flooded farms in the river valley.
        """);

    private static readonly IReadOnlyList<Article> Story = [Harbour, Iberia, Wire];

    private static readonly Lazy<StoryCorroboration> Result = new(() =>
        AnalysisOptions.Default.CreateCorroborator().Corroborate(Story, new StoryExtractor().Extract(Story)));

    private static Article Build(string id, string outlet, string text) =>
        Articles.FromPlainText(text.Replace("\r", "", StringComparison.Ordinal), id + ".txt") with { Outlet = outlet, Published = Published };

    private static Claim Signing => Result.Value.Claims.Single(c => c.Text.Contains("signed", StringComparison.Ordinal) && c.Text.Contains("in Lisbon", StringComparison.Ordinal));

    [Fact]
    public void The_same_claim_in_other_words_is_one_claim_with_every_outlet_behind_it()
    {
        Assert.Equal(3, Signing.Outlets.Length);
        Assert.Equal([Harbour.Id, Iberia.Id, Wire.Id], Signing.Articles.ToArray());
        Assert.All(Signing.Mentions, m => Assert.Equal(m.Text, m.Span.Of(Story.Single(a => a.Id == m.ArticleId).CleanText)));
    }

    [Fact]
    public void A_different_count_is_a_conflict_with_the_articles_on_each_side()
    {
        var count = Assert.Single(Signing.Conflicts, c => c.Field == ConflictField.Amount);
        Assert.Equal(["5", "6"], count.Values.Select(v => v.Value));
        Assert.Equal([Harbour.Id, Wire.Id], count.Values[0].Articles.ToArray());
        Assert.Equal([Iberia.Id], count.Values[1].Articles.ToArray());
        Assert.Equal("six water agreements", count.Values[1].Sources.Single().Text);
    }

    [Fact]
    public void A_different_day_is_a_conflict()
    {
        var day = Assert.Single(Signing.Conflicts, c => c.Field == ConflictField.Date);
        Assert.Equal(["Tuesday 2024-03-05", "Wednesday 2024-03-06"], day.Values.Select(v => v.Value));
        Assert.Equal([Wire.Id], day.Values[1].Articles.ToArray());
    }

    [Fact]
    public void A_qualifier_one_outlet_adds_to_a_listed_item_is_flagged()
    {
        var scope = Result.Value.Claims.Single(c => c.Conflicts.Any(k => k.Field == ConflictField.Qualifier));
        Assert.Equal(2, scope.Articles.Length);
        var values = scope.Conflicts.Single(k => k.Field == ConflictField.Qualifier).Values;
        Assert.Equal([Iberia.Id], values.Single(v => v.Value == "tidal hydropower").Articles.ToArray());
        Assert.Equal([Harbour.Id], values.Single(v => v.Value == "hydropower").Articles.ToArray());
    }

    [Fact]
    public void Agreements_signed_elsewhere_are_another_claim_not_a_conflict()
    {
        Assert.DoesNotContain(Signing.Mentions, m => m.Text.Contains("Morocco", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Value.Claims.SelectMany(c => c.Conflicts).SelectMany(k => k.Values), v => v.Value == "12");
    }

    [Fact]
    public void Sentences_sharing_only_a_noun_are_not_aligned()
    {
        var farmers = Result.Value.Claims.Single(c => c.Text.StartsWith("Farmers", StringComparison.Ordinal));
        Assert.Equal([Iberia.Id], farmers.Articles.ToArray());
    }

    [Fact]
    public void What_only_one_outlet_reports_is_listed_under_that_outlet()
    {
        var wire = Result.Value.Briefing.Outlets.Single(o => o.Outlet == "Coastal Wire");
        var only = wire.OnlyHere.Select(id => Result.Value.Find(id)!).ToList();
        Assert.Contains(only, c => c.Text.StartsWith("Protesters", StringComparison.Ordinal));
        Assert.DoesNotContain(only, c => c.Id == Signing.Id);
    }

    [Fact]
    public void Every_summary_sentence_is_an_article_sentence_with_its_citations()
    {
        var summary = Result.Value.Briefing.Summary;
        Assert.InRange(summary.Length, BriefingBuilder.MinSentences, BriefingBuilder.MaxSentences);
        Assert.Equal(Signing.Text, summary[0].Sentence);
        Assert.Equal(3, summary[0].Citations.Length);
        foreach (var sentence in summary)
        {
            var article = Story.Single(a => a.Id == sentence.Article);
            Assert.Equal(sentence.Sentence, sentence.Span.Of(article.CleanText));
            Assert.Equal(Result.Value.Find(sentence.ClaimId)!.Articles.Order().ToArray(), sentence.Citations.Order().ToArray());
        }
    }

    [Fact]
    public void Sentences_that_lean_on_context_are_kept_out_of_the_summary()
    {
        Assert.False(BriefingBuilder.Readable("He added that the talks went well and would go on."));
        Assert.False(BriefingBuilder.Readable("“This comes after years of drought,” she said."));
        Assert.True(BriefingBuilder.Readable("Portugal and Spain signed five water agreements."));
    }

    [Fact]
    public void One_quotation_given_to_two_people_is_a_speaker_conflict()
    {
        var first = Build("schools-a", "Harbour Daily", """
            Schools to reopen after floods

            Floods closed 40 schools across the north of Portugal last week.
            "We will rebuild every school before the winter term begins," Prime Minister Ana Duarte said in Porto on Thursday.
            """);
        var second = Build("schools-b", "Iberia Times", """
            Minister promises rebuilt schools

            "We will rebuild every school before the winter term begins," Education Minister Rui Matos said in Porto on Thursday.
            Teachers' unions asked for temporary classrooms in the meantime.
            """);
        IReadOnlyList<Article> story = [first, second];

        var result = AnalysisOptions.Default.CreateCorroborator().Corroborate(story, new StoryExtractor().Extract(story));

        var claim = Assert.Single(result.Claims, c => c.Articles.Length == 2);
        var conflict = Assert.Single(claim.Conflicts, k => k.Field == ConflictField.Speaker);
        Assert.Equal(["Ana Duarte", "Rui Matos"], conflict.Values.Select(v => v.Value).Order().ToArray());
        Assert.Equal([first.Id], conflict.Values.Single(v => v.Value == "Ana Duarte").Articles.ToArray());
        var cited = Assert.Single(conflict.Values.Single(v => v.Value == "Rui Matos").Sources);
        Assert.Equal(second.CleanText[cited.Span.Start..cited.Span.End], cited.Text);
        Assert.Contains("Education Minister Rui Matos said", cited.Text, StringComparison.Ordinal);
        Assert.Contains("\"Rui Matos\" (1 article)", conflict.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_not_stating_a_supported_claim_are_read_by_the_stance_model_once_each()
    {
        var model = new RecordingStanceModel();
        var extraction = new StoryExtractor().Extract(Story);
        var result = new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default, model)
            .Corroborate(Story, extraction);

        Assert.Equal([Wire.Body], model.Texts.ToArray());
        var scope = result.Claims.Single(c => c.Conflicts.Any(k => k.Field == ConflictField.Qualifier));
        Assert.Equal(scope.Articles.ToArray(), scope.Stance!.Support.ToArray());
        Assert.Equal([Wire.Id], scope.Stance.Disagree.ToArray());
        Assert.Null(result.Claims.Single(c => c.Text.StartsWith("Protesters", StringComparison.Ordinal)).Stance);
        Assert.Empty(Signing.Stance!.Disagree);
    }

    /// <summary>Says every article disputes every claim, and remembers what it was asked.</summary>
    private sealed class RecordingStanceModel : IStanceModel
    {
        public List<string> Texts { get; } = [];

        public IReadOnlyList<StanceLabel> Classify(IReadOnlyList<string> claims, string text)
        {
            Texts.Add(text);
            return [.. claims.Select(_ => StanceLabel.Disagree)];
        }
    }
}
