namespace Corroborate.Corroboration.Stance;

/// <summary>
/// The features of a body that no headline changes (its word-list counts, its lexicon scores, its hashed words for the
/// linear model), computed once per body and lexicon and kept on the <see cref="StanceDocument"/>: a story reads each
/// article against up to twenty claims, and recounting the body for every claim was most of the cost of a pair.
/// </summary>
internal sealed class StanceBodyFeatures
{
    private readonly StanceDocument _body;
    private readonly float[]?[] _sentenceLexicon;

    public StanceBodyFeatures(StanceDocument body, StanceLexicon lexicon)
    {
        _body = body;
        Lexicon = lexicon;
        ContentCount = body.StemCounts.Values.Sum();
        LeadContentCount = body.LeadStemCounts.Values.Sum();
        var words = body.Words.Length;
        Refuting = StanceFeatures.CountIn(body, 0, words, StanceWordMarks.Refuting);
        Hedging = StanceFeatures.CountIn(body, 0, words, StanceWordMarks.Hedging);
        Supporting = StanceFeatures.CountIn(body, 0, words, StanceWordMarks.Supporting);
        Negations = StanceFeatures.CountIn(body, 0, words, StanceWordMarks.Negations);
        LeadRefuting = StanceFeatures.CountIn(body, 0, body.LeadWords, StanceWordMarks.Refuting);
        LeadHedging = StanceFeatures.CountIn(body, 0, body.LeadWords, StanceWordMarks.Hedging);
        for (var w = 0; w + 1 < words; w++)
        {
            if (body.Words[w] is "no" or "not" && body.Words[w + 1] is "evidence" or "proof" or "true")
            {
                NoEvidence++;
            }
        }

        Markers = new int[StanceWordMarks.Markers.Length];
        for (var m = 0; m < Markers.Length; m++)
        {
            Markers[m] = StanceFeatures.CountIn(body, 0, words, StanceWordMarks.FirstMarker + m);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        LexiconBody = new float[StanceLexicon.Classes];
        lexicon.Score(body, 0, words, LexiconBody, seen);
        LexiconLead = new float[StanceLexicon.Classes];
        lexicon.Score(body, 0, body.LeadWords, LexiconLead, seen);
        _sentenceLexicon = new float[]?[body.SentenceStarts.Length];
        LinearBody = StanceLinearModel.BodyFeatures(body);
    }

    public StanceLexicon Lexicon { get; }

    public int ContentCount { get; }

    public int LeadContentCount { get; }

    public int Refuting { get; }

    public int Hedging { get; }

    public int Supporting { get; }

    public int Negations { get; }

    public int LeadRefuting { get; }

    public int LeadHedging { get; }

    public int NoEvidence { get; }

    /// <summary>Body counts of each <see cref="StanceWordMarks.Markers"/> list.</summary>
    public int[] Markers { get; }

    public float[] LexiconBody { get; }

    public float[] LexiconLead { get; }

    /// <summary>The linear model's hashed body features (stems, stem pairs, lead stems), sorted and distinct.</summary>
    public int[] LinearBody { get; }

    /// <summary>The lexicon scores of one sentence, computed on first use (only best-matching sentences are asked for).</summary>
    public ReadOnlySpan<float> LexiconOfSentence(int sentence)
    {
        if (_sentenceLexicon[sentence] is { } known)
        {
            return known;
        }

        var scores = new float[StanceLexicon.Classes];
        Lexicon.Score(_body, _body.SentenceStarts[sentence], _body.SentenceEnd(sentence), scores, new HashSet<string>(StringComparer.Ordinal));
        _sentenceLexicon[sentence] = scores;
        return scores;
    }
}
