using System.Runtime.InteropServices;

namespace Corroborate.Corroboration;

public sealed partial class ClaimAligner
{
    /// <summary>Claims a new sentence is measured against at most: the ones it shares the most weight with.</summary>
    internal const int PlacementCandidates = 8;

    /// <summary>
    /// The alignment of a story at its last rebuild, grown by placing each new sentence (see <see cref="StoryEpoch"/>).
    /// </summary>
    internal Growing Grow(IReadOnlyList<ClaimMention> mentions, IReadOnlyList<int> claimOf, int claims, SentenceSimilarities similarity) =>
        new(this, mentions, claimOf, claims, similarity);

    /// <summary>
    /// A story's claims between two rebuilds. The features' document frequencies and the story's size are those of the rebuild
    /// (a feature new since weighs as one no other sentence had); a new sentence is scored against every earlier sentence that
    /// shares a feature with it through the postings, as the whole alignment scores pairs, and joins the claim, among the
    /// <see cref="PlacementCandidates"/> it is linked to most strongly, whose average link with it passes the clustering
    /// threshold, else makes a claim of its own. Old claims are not merged or split until the next rebuild.
    /// </summary>
    internal sealed class Growing
    {
        private readonly ClaimAligner _aligner;
        private readonly Dictionary<(char Kind, string Text), int> _ids = [];
        private readonly List<int> _documentFrequency = [];
        private readonly List<char> _kinds = [];
        private readonly List<List<(int Mention, double Weight)>> _postings = [];
        private readonly int _counted;
        private readonly double _ubiquitous;
        private readonly SentenceSimilarities _rebuilt;
        private readonly int _rebuiltCount;
        private readonly Dictionary<long, double> _added = [];
        private readonly List<int> _claimOf;
        private readonly List<List<int>> _members = [];
        private int _placed;

        public Growing(ClaimAligner aligner, IReadOnlyList<ClaimMention> mentions, IReadOnlyList<int> claimOf, int claims, SentenceSimilarities similarity)
        {
            _aligner = aligner;
            _rebuilt = similarity;
            _rebuiltCount = mentions.Count;
            _claimOf = [.. claimOf];
            for (var c = 0; c < claims; c++)
            {
                _members.Add([]);
            }

            for (var m = 0; m < claimOf.Count; m++)
            {
                _members[claimOf[m]].Add(m);
            }

            // The document frequencies of the rebuild, counted as the whole alignment counts them (each feature once a sentence).
            var rows = new List<int[]>(mentions.Count);
            foreach (var mention in mentions)
            {
                rows.Add(Features(mention, count: true));
            }

            _counted = Math.Max(1, mentions.Count);
            _ubiquitous = Math.Max(3, aligner.Options.UbiquitousShare * _counted);
            for (var m = 0; m < rows.Count; m++)
            {
                Post(m, rows[m]);
            }

            _placed = mentions.Count;
        }

        /// <summary>The claim of each sentence, by index.</summary>
        public IReadOnlyList<int> ClaimOf => _claimOf;

        /// <summary>Each claim's sentences by index, in order (a claim has at least one).</summary>
        public IReadOnlyList<List<int>> Members => _members;

        /// <summary>The similarity of two sentences as the comparison of values reads it: the rebuild's, or the one measured when the later was placed.</summary>
        public double Similarity(int a, int b)
        {
            if (a < _rebuiltCount && b < _rebuiltCount)
            {
                return _rebuilt.Of(a, b);
            }

            return a == b ? 1 : _added.GetValueOrDefault(Key(a, b));
        }

        /// <summary>Places the sentences of <paramref name="mentions"/> not yet placed; returns the claims that changed or are new.</summary>
        public HashSet<int> Place(IReadOnlyList<ClaimMention> mentions, Func<string, string, bool>? placesCompatible)
        {
            var changed = new HashSet<int>();
            // Sums per earlier sentence in arrays, the touched ones listed (as the whole alignment walks its postings).
            var dot = new double[mentions.Count];
            var sharedCount = new int[mentions.Count];
            var sharedWords = new int[mentions.Count];
            var touched = new List<int>();
            var byClaim = new Dictionary<int, (double Linked, double Kept)>();
            for (var i = _placed; i < mentions.Count; i++)
            {
                var row = Features(mentions[i], count: false);
                var (ids, weights) = Weigh(row);
                touched.Clear();
                for (var k = 0; k < ids.Length; k++)
                {
                    var isWord = _kinds[ids[k]] == 'w';
                    foreach (var (b, weight) in CollectionsMarshal.AsSpan(_postings[ids[k]]))
                    {
                        if (sharedCount[b] == 0)
                        {
                            touched.Add(b);
                        }

                        dot[b] += weights[k] * weight;
                        sharedCount[b]++;
                        sharedWords[b] += isWord ? 1 : 0;
                    }
                }

                byClaim.Clear();
                foreach (var b in touched)
                {
                    var (value, shared, words) = (dot[b], sharedCount[b], sharedWords[b]);
                    (dot[b], sharedCount[b], sharedWords[b]) = (0, 0, 0);
                    if (!LocationsAgree(mentions[b], mentions[i], placesCompatible))
                    {
                        continue;
                    }

                    var linked = value >= _aligner.Options.LinkThreshold && shared >= 2 && words >= 1;
                    if (!linked && value < WeakSimilarity)
                    {
                        continue;
                    }

                    _added[Key(b, i)] = value;
                    ref var claim = ref CollectionsMarshal.GetValueRefOrAddDefault(byClaim, _claimOf[b], out _);
                    claim = (claim.Linked + (linked ? value : 0), claim.Kept + value);
                }

                // The claims linked most strongly, then the one whose average link with the sentence is highest and passes.
                var home = -1;
                var best = double.NegativeInfinity;
                foreach (var (c, (_, kept)) in byClaim.Where(p => p.Value.Linked > 0).OrderByDescending(p => p.Value.Linked).ThenBy(p => p.Key).Take(PlacementCandidates))
                {
                    var mean = kept / _members[c].Count;
                    if (mean >= _aligner.Options.ClusterThreshold && mean > best)
                    {
                        (home, best) = (c, mean);
                    }
                }

                if (home < 0)
                {
                    home = _members.Count;
                    _members.Add([]);
                }

                _members[home].Add(i);
                _claimOf.Add(home);
                changed.Add(home);
                Post(i, row);
            }

            _placed = mentions.Count;
            return changed;
        }

        private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

        /// <summary>A sentence's distinct features as sorted ids (new ones numbered), counted in the document frequencies when asked.</summary>
        private int[] Features(ClaimMention mention, bool count)
        {
            var row = new List<int>();
            var seen = new HashSet<(char, string)>();
            foreach (var (kind, text) in FeaturesOf(mention))
            {
                Add(kind, text);
            }

            row.Sort();
            return [.. row];

            void Add(char kind, string text)
            {
                if (!seen.Add((kind, text)))
                {
                    return;
                }

                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, (kind, text), out var exists);
                if (!exists)
                {
                    id = _documentFrequency.Count;
                    // A feature new since the rebuild weighs as one only this sentence had.
                    _documentFrequency.Add(count ? 0 : 1);
                    _kinds.Add(kind);
                    _postings.Add([]);
                }

                if (count)
                {
                    _documentFrequency[id]++;
                }

                row.Add(id);
            }
        }

        /// <summary>The weights the whole alignment gives these features, with the rebuild's frequencies and size.</summary>
        private (int[] Ids, double[] Weights) Weigh(int[] row)
        {
            var kept = row.Where(f => _documentFrequency[f] <= _ubiquitous).ToArray();
            var weights = kept.Select(f => Math.Log((_counted + 1.0) / _documentFrequency[f]) * FeatureWeight(_kinds[f])).ToArray();
            _aligner.Normalise(kept, weights, _kinds);

            return (kept, weights);
        }

        private void Post(int mention, int[] row)
        {
            var (ids, weights) = Weigh(row);
            for (var k = 0; k < ids.Length; k++)
            {
                _postings[ids[k]].Add((mention, weights[k]));
            }
        }
    }
}
