using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Model;
using Corroborate.Tests.Support;
using Xunit.Abstractions;

namespace Corroborate.Tests.Corroboration;

/// <summary>The issue's done-when checks on the five real seed articles, read through the real pipeline.</summary>
public sealed class SeedCorroborationTests(ITestOutputHelper output)
{
    private static readonly Lazy<(IReadOnlyList<Article> Articles, StoryCorroboration Result)> Seeds = new(() =>
    {
        var articles = ReadSeeds().GetAwaiter().GetResult();
        var extraction = new StoryExtractor().Extract(articles);
        return (articles, AnalysisOptions.Default.CreateCorroborator().Corroborate(articles, extraction));
    });

    private static async Task<IReadOnlyList<Article>> ReadSeeds()
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var result = await new IngestPipeline(store).IngestAsync([SharedData.Find("seeds")!]);
        return result.Articles;
    }

    [SharedDataFact("seeds")]
    public void The_six_documents_signed_in_Havana_are_one_claim_backed_by_three_outlets()
    {
        var (_, result) = Seeds.Value;
        Dump(result);
        var signing = result.Claims.Where(c => c.Mentions.Any(m => m.Values.Any(v => v.Field == "amount" && v.Value == "6"))).ToList();
        Assert.Single(signing, c => c.Mentions.Count(m => m.Values.Any(v => v.Value == "6")) >= 3);
        var claim = signing.OrderByDescending(c => c.Articles.Length).First();
        Assert.True(claim.Articles.Length >= 3, $"six documents told by {claim.Articles.Length} articles");
        Assert.DoesNotContain(claim.Conflicts, c => c.Field == ConflictField.Amount);
    }

    [SharedDataFact("seeds")]
    public void The_fields_of_cooperation_are_aligned_and_nuclear_energy_is_one_outlets_difference()
    {
        var (_, result) = Seeds.Value;
        var fields = result.Claims.Single(c => c.Conflicts.Any(k => k.Field == ConflictField.Qualifier && k.Values.Any(v => v.Value == "nuclear energy")));
        Assert.True(fields.Articles.Length >= 2);
        var conflict = fields.Conflicts.First(k => k.Field == ConflictField.Qualifier);
        Assert.Single(conflict.Values.Single(v => v.Value == "nuclear energy").Articles);
        Assert.Contains(conflict.Values, v => v.Value == "energy");
    }

    [SharedDataFact("seeds")]
    public void The_agreements_signed_in_Venezuela_do_not_conflict_with_those_signed_in_Havana()
    {
        var (_, result) = Seeds.Value;
        Assert.DoesNotContain(result.Claims.SelectMany(c => c.Conflicts), k => k.Field == ConflictField.Amount && k.Values.Any(v => v.Value == "25"));
        var venezuela = result.Claims.Single(c => c.Mentions.Any(m => m.Values.Any(v => v.Field == "amount" && v.Value == "25")));
        Assert.DoesNotContain(venezuela.Mentions, m => m.Values.Any(v => v.Field == "amount" && v.Value == "6"));
    }

    [SharedDataFact("seeds")]
    public void Every_summary_sentence_is_copied_from_its_article_and_cited()
    {
        var (articles, result) = Seeds.Value;
        var byId = articles.ToDictionary(a => a.Id);
        var summary = result.Briefing.Summary;
        Assert.InRange(summary.Length, BriefingBuilder.MinSentences, BriefingBuilder.MaxSentences);
        foreach (var sentence in summary)
        {
            Assert.Equal(sentence.Sentence, sentence.Span.Of(byId[sentence.Article].CleanText));
            Assert.NotEmpty(sentence.Citations);
            Assert.Equal(sentence.Article, sentence.Citations[0]);
            foreach (var source in sentence.Sources)
            {
                Assert.Equal(source.Text, source.Span.Of(byId[source.ArticleId].CleanText));
            }
        }

        Assert.Contains(summary, s => s.Citations.Length >= 3);
    }

    private void Dump(StoryCorroboration result)
    {
        foreach (var claim in result.Claims.Where(c => c.Mentions.Length > 1))
        {
            output.WriteLine($"[{claim.Outlets.Length}] {claim.Text}");
            foreach (var mention in claim.Mentions)
            {
                output.WriteLine($"      {mention.ArticleId[..6]} {mention.Text}");
            }

            foreach (var conflict in claim.Conflicts)
            {
                output.WriteLine($"   !! {conflict.Description}");
            }
        }

        output.WriteLine("SUMMARY");
        foreach (var sentence in result.Briefing.Summary)
        {
            output.WriteLine($" * {sentence.Sentence} [{string.Join(", ", sentence.Citations)}]");
        }
    }
}
