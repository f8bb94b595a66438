namespace Corroborate.Corroboration.Stance;

/// <summary>
/// An article body analysed once, to be paired with many headlines (e.g. every claim of a story) without
/// re-tokenising it. Obtain one from <see cref="StanceClassifier.Prepare"/>.
/// </summary>
internal sealed class StanceBody
{
    internal StanceBody(StanceDocument document) => Document = document;

    internal StanceDocument Document { get; }

    public int WordCount => Document.Words.Length;
}
