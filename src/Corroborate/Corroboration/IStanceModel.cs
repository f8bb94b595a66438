using Corroborate.Corroboration.Stance;

namespace Corroborate.Corroboration;

/// <summary>Reads how articles stand towards claims: agree, disagree, discuss or unrelated.</summary>
public interface IStanceModel
{
    /// <summary>The stance of <paramref name="text"/> towards each claim, in order.</summary>
    IReadOnlyList<StanceLabel> Classify(IReadOnlyList<string> claims, string text);

    /// <summary>
    /// A reader of many articles against one story's claims: given the indexes of the claims to read (into
    /// <paramref name="claims"/>) and an article's text, the stance towards each, in order. A model may analyse each
    /// claim once here instead of once per article; by default each call is <see cref="Classify"/>.
    /// </summary>
    Func<IReadOnlyList<int>, string, IReadOnlyList<StanceLabel>> ReaderFor(IReadOnlyList<string> claims) =>
        (open, text) => Classify([.. open.Select(i => claims[i])], text);
}
