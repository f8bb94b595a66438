using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Events;

/// <summary>
/// An article's codings, kept between reports of its story when a memo is given: the coder reads only the article's text,
/// each sentence's date and the story's known actors in the article, so while those stay the same the codings do too. A
/// story that gains an article changes little of that for its other articles, which then code nothing again.
/// </summary>
public sealed partial class StoryEventCoder
{
    private IReadOnlyList<EventCoding>[] CodeSentences(Article article, DateOnly?[] currents, List<KnownActorSpan> known, ArticleMemo? memo) =>
        memo is null ? CodeSentences(article, (currents, known)) : memo.GetOrUpdate(article, this, (currents, known), SameInput, CodeSentences);

    private IReadOnlyList<EventCoding>[] CodeSentences(Article article, (DateOnly?[] Currents, List<KnownActorSpan> Known) input)
    {
        var codings = new IReadOnlyList<EventCoding>[input.Currents.Length];
        for (var s = 0; s < codings.Length; s++)
        {
            var sentence = article.Sentences[s];
            codings[s] = coder.Code(article.CleanText, sentence.Start, sentence.End, input.Currents[s], input.Known);
        }

        return codings;
    }

    private static bool SameInput((DateOnly?[] Currents, List<KnownActorSpan> Known) a, (DateOnly?[] Currents, List<KnownActorSpan> Known) b) =>
        a.Currents.AsSpan().SequenceEqual(b.Currents) && a.Known.SequenceEqual(b.Known);
}
