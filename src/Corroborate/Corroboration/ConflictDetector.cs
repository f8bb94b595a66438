using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// Finds where the articles of one claim disagree: a different count of the same thing, a different day,
/// a different speaker for the same words, an item one outlet qualifies that the others name plainly
/// ("nuclear energy" where they say "energy"). A slot counts only when at least two articles fill it.
/// </summary>
public static class ConflictDetector
{
    public static ImmutableArray<ClaimConflict> Detect(IReadOnlyList<ClaimMention> mentions)
    {
        var conflicts = ImmutableArray.CreateBuilder<ClaimConflict>();
        foreach (var group in mentions.SelectMany(m => m.Values.Where(v => v.Field is "amount" or "date").Select(v => (m.ArticleId, Value: v)))
                     .GroupBy(x => x.Value.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A sentence giving two values for one slot ("6 documents and 2 memoranda") is not comparing like with like.
            var single = group.GroupBy(x => x.ArticleId).Where(g => g.Select(x => x.Value.Value).Distinct().Count() == 1).SelectMany(g => g).ToList();
            var sides = Sides(single);
            if (sides.Length > 1)
            {
                var field = group.First().Value.Field;
                var what = field == "date" ? "day" : "count of " + group.Key["amount:".Length..];
                conflicts.Add(new ClaimConflict(field, $"Outlets give a different {what}: {Describe(sides)}.", sides));
            }
        }

        // The quote matcher never joins words given to two different people, so one claim holding two speakers
        // is the same words attributed differently by different outlets.
        var speakers = mentions.Where(m => m.Speaker is not null).GroupBy(m => m.Speaker!, StringComparer.Ordinal).ToList();
        if (speakers.Count > 1 && speakers.SelectMany(g => g.Select(m => m.ArticleId)).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            var sides = speakers.Select(g => new ConflictValue(g.First().SpeakerName ?? g.Key, [.. g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)], []))
                .OrderByDescending(v => v.Articles.Length).ToImmutableArray();
            conflicts.Add(new ClaimConflict("speaker", $"The same words are given to different speakers: {Describe(sides)}.", sides));
        }

        conflicts.AddRange(Qualifiers(mentions));
        return conflicts.ToImmutable();
    }

    /// <summary>
    /// Items of two enumerations are compared only when the lists are one list told twice (two other
    /// items in common), so "energy" in one list and "nuclear energy" in an unrelated one never clash.
    /// </summary>
    private static IEnumerable<ClaimConflict> Qualifiers(IReadOnlyList<ClaimMention> mentions)
    {
        var lists = mentions.SelectMany(m => m.Values.Where(v => v.Field == "item").GroupBy(v => v.Group).Select(g => (m.ArticleId, Items: g.ToList()))).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            for (var j = 0; j < lists.Count; j++)
            {
                if (i == j || lists[i].ArticleId == lists[j].ArticleId)
                {
                    continue;
                }

                foreach (var qualified in lists[i].Items.Where(v => v.Value.Contains(' ', StringComparison.Ordinal)))
                {
                    var plain = lists[j].Items.FirstOrDefault(v => v.Key == qualified.Key && !v.Value.Contains(' ', StringComparison.Ordinal));
                    var shared = lists[i].Items.Count(v => v.Key != qualified.Key && lists[j].Items.Any(w => w.Key == v.Key));
                    if (plain is null || shared < 2 || !reported.Add(qualified.Key))
                    {
                        continue;
                    }

                    var sides = Sides([.. lists.SelectMany(l => l.Items.Where(v => v.Key == qualified.Key).Select(v => (l.ArticleId, Value: v)))]);
                    if (sides.Length > 1)
                    {
                        yield return new ClaimConflict("qualifier", $"Outlets name this item differently: {Describe(sides)}.", sides);
                    }
                }
            }
        }
    }

    private static ImmutableArray<ConflictValue> Sides(IReadOnlyList<(string ArticleId, ClaimValue Value)> values) =>
        [.. values.GroupBy(x => x.Value.Value, StringComparer.Ordinal)
            .Select(g => new ConflictValue(g.Key, [.. g.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal)], [.. g.Select(x => x.Value)]))
            .Where(v => v.Articles.Length > 0)
            .OrderByDescending(v => v.Articles.Length).ThenBy(v => v.Value, StringComparer.Ordinal)];

    private static string Describe(ImmutableArray<ConflictValue> sides) =>
        string.Join(" vs ", sides.Select(s => $"\"{s.Sources.FirstOrDefault()?.Text ?? s.Value}\" ({s.Articles.Length} article{(s.Articles.Length == 1 ? "" : "s")})"));
}
