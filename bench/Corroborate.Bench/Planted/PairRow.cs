using System.Globalization;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Reporting;

namespace Corroborate.Bench.Planted;

/// <summary>
/// <c>bench/run planted --pairs FILE</c>: every cross-article pair of values of one key the detector could compare,
/// with its evidence, as a TSV row, labelled 1 when it is a planted value against a witness of the original.
/// The rows hold the corpus's sentences, so the file is for a temporary folder, never the repository.
/// </summary>
internal static class PairRow
{
    public const string Header = "run\tstory\tpart\tlabel\tfield\tkey\tvalueA\tvalueB\tcompatible\tsim\tshared\tentities\tsameClaim\tlocal\tpredicate\tholder\tagree\tdisagree\tcoexist\tsupportA\tsupportB\tgroups\tlisted\tbefore\tunit\tnumbers\trarity\tlocalRarity\tunitA\tunitB\tpredA\tpredB\tsupposed\totherA\totherB\tcontrastPeople\tcontrastEntities\tpersonDiffers\truled\tagreed\tevidence\twordsA\twordsB\tarticleA\tarticleB\ttextA\ttextB\tplacesA\tplacesB\tsameEvent\tsameHappening\tpeopleA\tpeopleB";

    public static void Write(TextWriter output, AnalysisReport analysis, string storyKey, string part, string run, (string ArticleId, PlantedChange Change)? planted)
    {
        var articles = analysis.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var external = analysis.Articles.ToDictionary(a => a.Id, a => a.ExternalId ?? a.Id, StringComparer.Ordinal);
        var extractor = new StoryExtractor();
        var corroborator = Corroborate.Pipeline.AnalysisOptions.Default.CreateCorroborator();
        foreach (var story in analysis.Stories)
        {
            var members = story.Articles.Where(articles.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => articles[id]).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var copies = story.Duplicates.ToDictionary(d => d.Id, d => d.DuplicateOf, StringComparer.Ordinal);
            var extraction = extractor.Extract(members);
            var (mentions, pairs) = corroborator.ValuePairsOf(members, extraction, copies);
            string Places(ClaimMention m) => string.Join(';', m.Places.Select(id => (m.Locations.Contains(id) ? "@" : "") + (extraction.Entities.Find(id)?.Name ?? id)));
            string People(ClaimMention m) => string.Join(';', m.People.Select(id => extraction.Entities.Find(id)?.Name ?? id));
            var agreed = ValueConflicts.Agreements(mentions, pairs, ConflictOptions.Default);

            foreach (var pair in pairs)
            {
                var (ma, mb) = (mentions[pair.A], mentions[pair.B]);
                var label = 0;
                if (planted is { } p)
                {
                    var aPlanted = IsPlanted(ma, pair.ValueA, p);
                    var bPlanted = IsPlanted(mb, pair.ValueB, p);
                    if (!aPlanted && !bPlanted)
                    {
                        continue;
                    }

                    var other = aPlanted ? pair.ValueB : pair.ValueA;
                    label = other.Text.Contains(p.Change.Original, StringComparison.OrdinalIgnoreCase) ? 1 : 2;
                }

                var e = pair.Evidence;
                output.WriteLine(string.Join('\t', run, storyKey, part, label.ToString(CultureInfo.InvariantCulture), pair.ValueA.Field, pair.ValueA.Key,
                    pair.ValueA.Value, pair.ValueB.Value, pair.Compatible switch { true => "1", false => "0", _ => "" },
                    e.Similarity.ToString("0.###", CultureInfo.InvariantCulture), e.SharedWords, e.SharedEntities, e.SameClaim ? 1 : 0, e.LocalShared,
                    e.Predicate, e.Holder, e.OtherAgree, e.OtherDisagree, e.Coexisting, e.SupportA, e.SupportB, e.Groups, e.Listed ? 1 : 0, e.SameWordBefore ? 1 : 0, e.SameUnit ? 1 : 0, e.SharedNumbers, e.SharedRarity.ToString("0.##", CultureInfo.InvariantCulture), e.LocalRarity.ToString("0.##", CultureInfo.InvariantCulture), pair.ValueA.Slot?.Unit ?? "", pair.ValueB.Slot?.Unit ?? "", pair.ValueA.Slot?.Predicate + "/" + pair.ValueA.Slot?.EventVerb + "/" + pair.ValueA.Slot?.EventSubject, pair.ValueB.Slot?.Predicate + "/" + pair.ValueB.Slot?.EventVerb + "/" + pair.ValueB.Slot?.EventSubject, 0, e.OtherAmounts.A, e.OtherAmounts.B, e.ContrastPeople ? 1 : 0, e.ContrastEntities ? 1 : 0, e.NearestPersonDiffers ? 1 : 0,
                    ValueConflicts.RuledOutBy(pair, mentions, ConflictOptions.Default) ?? "",
                    agreed.Contains((pair.ValueA, mb.ArticleId)) || agreed.Contains((pair.ValueB, ma.ArticleId)) ? 1 : 0,
                    ValueConflicts.Evidence(pair.Evidence, ConflictOptions.Default).ToString("0.##", CultureInfo.InvariantCulture),
                    ma.Words.Length, mb.Words.Length, external[ma.ArticleId], external[mb.ArticleId], Clean(ma.Text), Clean(mb.Text), Places(ma), Places(mb),
                    e.SameEvent, e.SameHappening ? 1 : 0, People(ma), People(mb)));
            }
        }
    }

    private static bool IsPlanted(ClaimMention mention, ClaimValue value, (string ArticleId, PlantedChange Change) planted) =>
        mention.ArticleId == planted.ArticleId && value.Text.Contains(planted.Change.Replacement, StringComparison.OrdinalIgnoreCase)
        && !value.Text.Contains(planted.Change.Original, StringComparison.OrdinalIgnoreCase);

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}
