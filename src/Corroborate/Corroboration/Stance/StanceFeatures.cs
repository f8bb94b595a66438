using System.Collections.Frozen;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// The dense feature vector of one (headline, body) pair: overlap, TF-IDF and BM25 similarity, headline n-gram
/// hits in the body and its lead, the best-matching body sentences, and counts of refuting, hedging, supporting
/// and negating words (with negation parity as polarity). Similarity features decide related against unrelated;
/// the word counts near the best-matching sentences separate agree, disagree and discuss.
/// </summary>
internal static class StanceFeatures
{
    private const int TopSentences = 3;
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    public static void Compute(StanceDocument headline, StanceDocument body, StanceVocabulary vocabulary, StanceLexicon lexicon, StanceLinearModel linear, Span<float> features)
    {
        var f = 0;
        var headTerms = new HeadTerm[headline.StemCounts.Count];
        var t = 0;
        float headNorm = 0;
        foreach (var (stem, count) in headline.StemCounts)
        {
            var idf = vocabulary.IdfOf(stem);
            var weight = (1f + MathF.Log(count)) * idf;
            headTerms[t++] = new HeadTerm(stem, weight * idf);
            headNorm += weight * weight;
        }

        headNorm = MathF.Sqrt(headNorm);
        var norms = body.NormsFor(vocabulary);
        var own = body.BodyFeaturesFor(lexicon);
        var headlineContent = headline.StemCounts.Count;
        var sentenceCount = body.SentenceStarts.Length;

        features[f++] = headlineContent;
        features[f++] = MathF.Log(1 + own.ContentCount);
        features[f++] = MathF.Log(1 + sentenceCount);

        // Overlap of stem sets.
        var inBody = 0;
        var inLead = 0;
        float idfTotal = 0, idfInBody = 0, idfInLead = 0;
        foreach (var stem in headline.StemCounts.Keys)
        {
            var idf = vocabulary.IdfOf(stem);
            idfTotal += idf;
            if (body.StemCounts.ContainsKey(stem))
            {
                inBody++;
                idfInBody += idf;
            }

            if (body.LeadStemCounts.ContainsKey(stem))
            {
                inLead++;
                idfInLead += idf;
            }
        }

        var union = headlineContent + body.StemCounts.Count - inBody;
        features[f++] = union == 0 ? 0 : (float)inBody / union;
        features[f++] = Ratio(inBody, headlineContent);
        features[f++] = Ratio(inLead, headlineContent);
        features[f++] = idfTotal == 0 ? 0 : idfInBody / idfTotal;
        features[f++] = idfTotal == 0 ? 0 : idfInLead / idfTotal;

        // TF-IDF cosine against the whole body and its lead.
        features[f++] = Cosine(headTerms, headNorm, body.StemCounts, norms.Body);
        features[f++] = Cosine(headTerms, headNorm, body.LeadStemCounts, norms.Lead);

        // Sentence-level cosine: the best-matching sentences are where the body speaks of the claim.
        Span<float> best = stackalloc float[TopSentences];
        Span<int> bestIndex = stackalloc int[TopSentences];
        best.Fill(-1);
        bestIndex.Fill(-1);
        var matching = 0;
        var cosines = sentenceCount <= 256 ? stackalloc float[sentenceCount] : new float[sentenceCount];
        SentenceCosines(headTerms, headNorm, body.SentencePostings, norms.Sentences, cosines);
        for (var s = 0; s < sentenceCount; s++)
        {
            var cosine = cosines[s];
            if (cosine > 0.3f)
            {
                matching++;
            }

            for (var k = 0; k < TopSentences; k++)
            {
                if (cosine > best[k])
                {
                    for (var m = TopSentences - 1; m > k; m--)
                    {
                        best[m] = best[m - 1];
                        bestIndex[m] = bestIndex[m - 1];
                    }

                    best[k] = cosine;
                    bestIndex[k] = s;
                    break;
                }
            }
        }

        float topSum = 0;
        var topCount = 0;
        for (var k = 0; k < TopSentences; k++)
        {
            if (bestIndex[k] >= 0)
            {
                topSum += best[k];
                topCount++;
            }
        }

        features[f++] = Math.Max(best[0], 0);
        features[f++] = Math.Max(best[1], 0);
        features[f++] = topCount == 0 ? 0 : topSum / topCount;
        features[f++] = bestIndex[0] < 0 ? 1 : (float)bestIndex[0] / sentenceCount;
        features[f++] = Ratio(matching, sentenceCount);

        // BM25 of the headline against the body and the lead, normalised by the headline's idf mass.
        features[f++] = idfTotal == 0 ? 0 : Bm25(headline, body.StemCounts, own.ContentCount, vocabulary) / idfTotal;
        features[f++] = idfTotal == 0 ? 0 : Bm25(headline, body.LeadStemCounts, own.LeadContentCount, vocabulary) / idfTotal;

        // Headline stem n-grams found in the body and in its lead.
        var gramHits = 0;
        for (var n = 1; n <= 3; n++)
        {
            var total = 0;
            var hits = 0;
            var leadHits = 0;
            foreach (var gram in headline.GramList(n))
            {
                total++;
                if (body.Grams[n - 1].Contains(gram))
                {
                    hits++;
                }

                if (body.LeadGrams[n - 1].Contains(gram))
                {
                    leadHits++;
                }
            }

            if (n > 1)
            {
                gramHits += hits;
            }

            features[f++] = Ratio(hits, total);
            features[f++] = Ratio(leadHits, total);
        }

        features[f++] = gramHits;
        var wordsInBody = headline.Words.Count(body.WordSet.Contains);
        var wordsInLead = headline.Words.Count(body.LeadWordSet.Contains);
        features[f++] = wordsInBody;
        features[f++] = wordsInLead;

        // Stance words in the headline, the whole body (per 100 words), the lead and the best-matching sentences.
        var headlineRefuting = CountIn(headline, 0, headline.Words.Length, StanceWordMarks.Refuting);
        var headlineNegations = CountIn(headline, 0, headline.Words.Length, StanceWordMarks.Negations);
        features[f++] = headlineRefuting;
        features[f++] = CountIn(headline, 0, headline.Words.Length, StanceWordMarks.Hedging);
        features[f++] = headlineNegations;
        features[f++] = headline.HasQuestion ? 1 : 0;

        var per100 = 100f / Math.Max(1, body.Words.Length);
        var bodyNegations = own.Negations;
        features[f++] = own.Refuting * per100;
        features[f++] = own.Hedging * per100;
        features[f++] = own.Supporting * per100;
        features[f++] = bodyNegations * per100;
        features[f++] = own.LeadRefuting;
        features[f++] = own.LeadHedging;

        int topRefuting = 0, topHedging = 0, topNegations = 0, topSupporting = 0;
        for (var k = 0; k < TopSentences; k++)
        {
            if (bestIndex[k] < 0)
            {
                continue;
            }

            var start = body.SentenceStarts[bestIndex[k]];
            var end = body.SentenceEnd(bestIndex[k]);
            topRefuting += CountIn(body, start, end, StanceWordMarks.Refuting);
            topHedging += CountIn(body, start, end, StanceWordMarks.Hedging);
            topNegations += CountIn(body, start, end, StanceWordMarks.Negations);
            topSupporting += CountIn(body, start, end, StanceWordMarks.Supporting);
        }

        features[f++] = topRefuting;
        features[f++] = topHedging;
        features[f++] = topNegations;
        features[f++] = topSupporting;

        // Polarity as negation parity: an odd number of negations reverses the statement.
        var bestNegations = bestIndex[0] < 0 ? 0 : CountIn(body, body.SentenceStarts[bestIndex[0]], body.SentenceEnd(bestIndex[0]), StanceWordMarks.Negations);
        features[f++] = headlineNegations % 2;
        features[f++] = bodyNegations % 2;
        features[f++] = bestNegations % 2;
        features[f++] = (headlineNegations + bestNegations) % 2;

        // "No evidence" is the commonest refutation that a single word list misses.
        features[f++] = own.NoEvidence;
        for (var m = 0; m < StanceWordMarks.Markers.Length; m++)
        {
            features[f++] = own.Markers[m];
            features[f++] = CountIn(headline, 0, headline.Words.Length, StanceWordMarks.FirstMarker + m);
        }

        // What the body's vocabulary says about its stance, over the whole body, its lead and its best sentence.
        own.LexiconBody.CopyTo(features.Slice(f, StanceLexicon.Classes));
        f += StanceLexicon.Classes;
        own.LexiconLead.CopyTo(features.Slice(f, StanceLexicon.Classes));
        f += StanceLexicon.Classes;
        if (bestIndex[0] < 0)
        {
            // An empty range scores nothing.
            features.Slice(f, StanceLexicon.Classes).Clear();
        }
        else
        {
            own.LexiconOfSentence(bestIndex[0]).CopyTo(features.Slice(f, StanceLexicon.Classes));
        }

        f += StanceLexicon.Classes;

        // Which words, read by the linear model: its agree, disagree and discuss probabilities.
        if (linear.IsEmpty)
        {
            features.Slice(f, StanceLinearModel.Classes).Clear();
        }
        else
        {
            linear.Predict(own.LinearBody, StanceLinearModel.PairFeatures(headline, body), features.Slice(f, StanceLinearModel.Classes));
        }

        f += StanceLinearModel.Classes;

        if (f != Count)
        {
            throw new InvalidOperationException($"stance features: wrote {f}, named {Count}");
        }
    }

    private static string[] BuildNames()
    {
        var names = new List<string>
        {
            "headline_words", "log_body_words", "log_sentences",
            "jaccard", "head_in_body", "head_in_lead", "idf_head_in_body", "idf_head_in_lead",
            "tfidf_cos_body", "tfidf_cos_lead",
            "sent_cos_1", "sent_cos_2", "sent_cos_top_mean", "best_sent_position", "matching_sentences",
            "bm25_body", "bm25_lead",
            "gram1_body", "gram1_lead", "gram2_body", "gram2_lead", "gram3_body", "gram3_lead", "gram23_hits",
            "words_in_body", "words_in_lead",
            "head_refuting", "head_hedging", "head_negations", "head_question",
            "body_refuting", "body_hedging", "body_supporting", "body_negations", "lead_refuting", "lead_hedging",
            "top_refuting", "top_hedging", "top_negations", "top_supporting",
            "head_polarity", "body_polarity", "best_polarity", "polarity_flip",
            "no_evidence",
        };
        foreach (var (name, _) in StanceWordMarks.Markers)
        {
            names.Add("body_" + name);
            names.Add("head_" + name);
        }

        foreach (var part in new[] { "body", "lead", "best" })
        {
            names.AddRange([$"lexicon_{part}_agree", $"lexicon_{part}_disagree", $"lexicon_{part}_discuss"]);
        }

        names.AddRange(["linear_agree", "linear_disagree", "linear_discuss"]);

        return [.. names];
    }

    private static float Ratio(int part, int whole) => whole == 0 ? 0 : (float)part / whole;

    /// <summary>Cosine of the headline's TF-IDF vector with a text's, given both norms; only headline stems can meet.</summary>
    private static float Cosine(HeadTerm[] head, float headNorm, IReadOnlyDictionary<string, int> counts, float norm)
    {
        if (headNorm == 0 || norm == 0)
        {
            return 0;
        }

        float dot = 0;
        foreach (var term in head)
        {
            if (counts.TryGetValue(term.Stem, out var count))
            {
                dot += term.WeightTimesIdf * (1f + MathF.Log(count));
            }
        }

        return dot / (headNorm * norm);
    }

    /// <summary>
    /// <see cref="Cosine"/> of the headline with every sentence at once, from the body's stem postings: each sentence's dot
    /// product adds the same terms in the same (headline) order as asking the sentence's counts term by term, so the
    /// same floats, with one lookup per headline stem instead of one per stem and sentence.
    /// </summary>
    private static void SentenceCosines(HeadTerm[] head, float headNorm, Dictionary<string, StanceDocument.SentenceStem[]> postings, float[] norms, Span<float> cosines)
    {
        cosines.Clear();
        if (headNorm == 0)
        {
            return;
        }

        foreach (var term in head)
        {
            if (postings.TryGetValue(term.Stem, out var sentences))
            {
                foreach (var (sentence, weight) in sentences)
                {
                    cosines[sentence] += term.WeightTimesIdf * weight;
                }
            }
        }

        for (var s = 0; s < cosines.Length; s++)
        {
            cosines[s] = norms[s] == 0 ? 0 : cosines[s] / (headNorm * norms[s]);
        }
    }

    /// <summary>A headline stem with its TF-IDF weight already multiplied by its idf (the body side's idf).</summary>
    private readonly record struct HeadTerm(string Stem, float WeightTimesIdf);

    private static float Bm25(StanceDocument headline, IReadOnlyDictionary<string, int> counts, int length, StanceVocabulary vocabulary)
    {
        float score = 0;
        var lengthFactor = K1 * (1 - B + (B * length / vocabulary.AverageBodyLength));
        foreach (var stem in headline.StemCounts.Keys)
        {
            if (counts.TryGetValue(stem, out var tf))
            {
                score += vocabulary.IdfOf(stem) * tf * (K1 + 1) / (tf + lengthFactor);
            }
        }

        return score;
    }

    internal static int CountIn(StanceDocument document, int start, int end, int mark)
    {
        var bit = 1u << mark;
        var count = 0;
        var marks = document.Marks;
        for (var w = start; w < end; w++)
        {
            if ((marks[w] & bit) != 0)
            {
                count++;
            }
        }

        return count;
    }
}
