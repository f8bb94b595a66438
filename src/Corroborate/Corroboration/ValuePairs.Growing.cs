namespace Corroborate.Corroboration;

internal static partial class ValuePairs
{
    /// <summary>
    /// The values of one field of a story that gains articles between rebuilds (see <see cref="StoryEpoch"/>): each key's
    /// values in the order they came, and per value the articles agreeing with it, kept up to date as values arrive. A new
    /// sentence's values are paired with the key's values before them, with the evidence a whole report computes (the same
    /// rules, the word rarities of the last rebuild); the pairs of older values are not computed again.
    /// </summary>
    internal sealed class Growing(string field)
    {
        private readonly Dictionary<string, List<(int Mention, ClaimValue Value)>> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<ClaimValue, ArticleSet> _agreeing = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ClaimValue, (string? WordBefore, int OtherAmounts, string? Score)> _alone = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ClaimValue, int[]> _local = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, int> _articleIndex = new(StringComparer.Ordinal);

        /// <summary>Per key asked since the rebuild, its values' groups (<see cref="Groups"/>): a value that comes joins the first it fits.</summary>
        private readonly Dictionary<string, List<List<ClaimValue>>> _groups = new(StringComparer.Ordinal);
        private int _seen;

        /// <summary>
        /// Takes in the sentences of <paramref name="mentions"/> it has not seen (they only grow at the end), and returns every
        /// pair in which one of their values takes part: with <paramref name="pairs"/> false (the rebuild, whose pairs the whole
        /// comparison made), it only takes them in.
        /// </summary>
        public List<ValuePair> Add(IReadOnlyList<ClaimMention> mentions, Func<int, int, double> similarity, IReadOnlyList<int> claimOf,
            Func<string, string, bool>? placesCompatible, StoryWordTable words, bool pairs = true)
        {
            var first = _seen;
            var touched = new List<string>();
            for (var m = first; m < mentions.Count; m++)
            {
                _articleIndex.TryAdd(mentions[m].ArticleId, _articleIndex.Count);
                foreach (var value in mentions[m].Values)
                {
                    if (value.Field != field || value.Slot is not { Supposed: false })
                    {
                        continue;
                    }

                    if (!_byKey.TryGetValue(value.Key, out var list))
                    {
                        _byKey[value.Key] = list = [];
                    }

                    // Values already asked which articles agree with them learn of this one's article.
                    var article = _articleIndex[mentions[m].ArticleId];
                    foreach (var (_, earlier) in list)
                    {
                        if (_agreeing.TryGetValue(earlier, out var set) && ConflictDetector.Compatible(value, earlier) == true)
                        {
                            set.Add(article);
                        }
                    }

                    if (list.Count == 0 || list[^1].Mention < first)
                    {
                        touched.Add(value.Key);
                    }

                    list.Add((m, value));
                    if (_groups.TryGetValue(value.Key, out var groups))
                    {
                        Join(groups, value);
                    }
                }
            }

            _seen = mentions.Count;
            var found = new List<ValuePair>();
            if (!pairs)
            {
                return found;
            }

            foreach (var key in touched.Distinct(StringComparer.Ordinal))
            {
                var values = _byKey[key];
                var groups = -1;
                for (var j = 0; j < values.Count; j++)
                {
                    var (b, vb) = values[j];
                    if (b < first)
                    {
                        continue;
                    }

                    for (var i = 0; i < j; i++)
                    {
                        var (a, va) = values[i];
                        if (mentions[a].ArticleId == mentions[b].ArticleId)
                        {
                            continue;
                        }

                        var alike = similarity(a, b);
                        if (values.Count > MaxValuesPerKeyForAllPairs && alike <= 0)
                        {
                            continue;
                        }

                        if (groups < 0)
                        {
                            if (!_groups.TryGetValue(key, out var kept))
                            {
                                _groups[key] = kept = [];
                                foreach (var (_, value) in values)
                                {
                                    Join(kept, value);
                                }
                            }

                            groups = kept.Count;
                        }

                        found.Add(Pair(mentions, a, va, b, vb, alike, claimOf[a] == claimOf[b], groups, Agreeing(mentions, values, va), Agreeing(mentions, values, vb),
                            words, LocalWords(words, mentions, a, va), LocalWords(words, mentions, b, vb), Alone(mentions, a, va), Alone(mentions, b, vb), placesCompatible));
                    }
                }
            }

            return found;
        }

        /// <summary>Puts a value in the first group every value of which it can be read with, else a group of its own (as <see cref="Groups"/> does).</summary>
        private static void Join(List<List<ClaimValue>> groups, ClaimValue value)
        {
            var home = groups.FirstOrDefault(g => g.All(v => ConflictDetector.Compatible(v, value) != false));
            if (home is null)
            {
                groups.Add([value]);
            }
            else
            {
                home.Add(value);
            }
        }

        private ArticleSet Agreeing(IReadOnlyList<ClaimMention> mentions, List<(int Mention, ClaimValue Value)> values, ClaimValue with)
        {
            if (!_agreeing.TryGetValue(with, out var articles))
            {
                articles = new ArticleSet(_articleIndex.Count);
                foreach (var (m, value) in values)
                {
                    if (ConflictDetector.Compatible(value, with) == true)
                    {
                        articles.Add(_articleIndex[mentions[m].ArticleId]);
                    }
                }

                _agreeing[with] = articles;
            }

            return articles;
        }

        private (string? WordBefore, int OtherAmounts, string? Score) Alone(IReadOnlyList<ClaimMention> mentions, int m, ClaimValue value)
        {
            if (!_alone.TryGetValue(value, out var found))
            {
                var others = 0;
                foreach (var v in mentions[m].Values)
                {
                    if (v.Field == "amount" && !ReferenceEquals(v, value))
                    {
                        others++;
                    }
                }

                _alone[value] = found = (WordBefore(mentions[m], value), others, value.Field == "date" ? ScoreNear(mentions[m], value) : null);
            }

            return found;
        }

        private int[] LocalWords(StoryWordTable words, IReadOnlyList<ClaimMention> mentions, int m, ClaimValue value)
        {
            if (!_local.TryGetValue(value, out var ids))
            {
                _local[value] = ids = words.IdsOf(Local(mentions[m], value));
            }

            return ids;
        }
    }
}
