using Corroborate.Corroboration.Stance;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// The stance model trained on FNC-1 (<see cref="StanceClassifier"/>), reading each article once and
/// every claim against it: the claim sentence plays the headline, the article body the body.
/// </summary>
internal sealed class FncStanceModel(StanceClassifier classifier) : IStanceModel
{
    public static FncStanceModel Default { get; } = new(StanceClassifier.Load());

    /// <summary>
    /// The story gate's threshold (issue 19: the gate is defined and measured on the Stance side, see
    /// <see cref="StanceGate"/> and docs/stance.md); kept here for callers that read it.
    /// </summary>
    public static float MinDisagree => StanceGate.Default.MinDisagree;

    public IReadOnlyList<StanceLabel> Classify(IReadOnlyList<string> claims, string text)
    {
        var body = classifier.Prepare(text);
        return [.. claims.Select(claim => Decide(classifier.Predict(claim, body)))];
    }

    /// <summary>Each claim analysed once for the whole story, each article once per call.</summary>
    public Func<IReadOnlyList<int>, string, IReadOnlyList<StanceLabel>> ReaderFor(IReadOnlyList<string> claims)
    {
        var analysed = new StanceDocument?[claims.Count];
        return (open, text) =>
        {
            var body = classifier.Prepare(text).Document;
            var verdicts = new StanceLabel[open.Count];
            for (var i = 0; i < open.Count; i++)
            {
                var claim = analysed[open[i]] ??= StanceDocument.Analyze(claims[open[i]]);
                verdicts[i] = Decide(classifier.Predict(claim, body));
            }

            return verdicts;
        };
    }

    /// <summary>
    /// As <see cref="ReaderFor(IReadOnlyList{string})"/>, with each article's body and each verdict kept in <paramref name="memo"/>
    /// (a verdict depends only on the claim's wording and the body): a story that grows reads only its new article against
    /// every claim, and the articles only against claims whose wording changed.
    /// </summary>
    internal Func<IReadOnlyList<int>, Article, IReadOnlyList<StanceLabel>> ReaderFor(IReadOnlyList<string> claims, ArticleMemo memo)
    {
        var analysed = new StanceDocument?[claims.Count];
        var bodyKey = (this, typeof(StanceBody));
        return (open, article) =>
        {
            StanceBody? body = null;
            var verdicts = new StanceLabel[open.Count];
            for (var i = 0; i < open.Count; i++)
            {
                var index = open[i];
                verdicts[i] = memo.GetOrAdd(article, (this, claims[index]), a =>
                {
                    body ??= memo.GetOrAdd(a, bodyKey, b => classifier.Prepare(b.Body));
                    var claim = analysed[index] ??= StanceDocument.Analyze(claims[index]);
                    return Decide(classifier.Predict(claim, body.Document));
                });
            }

            return verdicts;
        };
    }

    internal static StanceLabel Decide(StancePrediction prediction) => StanceGate.Default.Decide(prediction);
}
