using System.Runtime.InteropServices;

namespace Corroborate.Corroboration;

/// <summary>
/// The words of one story's sentences as numbers, for comparing many pairs of sentences (<see cref="ValuePairs"/>): each
/// word once in a table with its rarity, each sentence's distinct words as ids in the order they first occur, and sets
/// met through a stamp array rather than a hash set of strings. A busy key of a 200-article story compares tens of
/// thousands of sentence pairs, and hashing every word of one sentence against the other's set was most of that work.
/// The same words are shared, counted and summed in the same order as the string sets did, so every sum is the same
/// number to the bit.
/// </summary>
internal sealed class StoryWordTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<double> _rarity = [];
    private IReadOnlyList<ClaimMention> _mentions;
    private int[]?[] _distinct;

    /// <summary>The sentences the rarities were counted over (the story at its last rebuild, when the table grows with it).</summary>
    private readonly int _counted;

    /// <summary>Per word id, the mark of the last set it was put in (a set is one mark; a new mark empties every set at once).</summary>
    private int[] _stamp = new int[64];

    private int _mark;

    public StoryWordTable(IReadOnlyList<ClaimMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        _mentions = mentions;
        _counted = mentions.Count;
        _distinct = new int[]?[mentions.Count];
        // Every occurrence counts (a word twice in a sentence counts twice), as the frequency of the string table did.
        var frequency = new List<int>();
        foreach (var mention in mentions)
        {
            foreach (var word in mention.Words)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, word, out var exists);
                if (!exists)
                {
                    id = frequency.Count;
                    frequency.Add(0);
                }

                frequency[id]++;
            }
        }

        foreach (var count in frequency)
        {
            _rarity.Add(Rarity(count));
        }
    }

    /// <summary>
    /// Smoothed inverse frequency: a word every sentence shares still counts one, so two outlets' identical wording in a
    /// small story is evidence, not nothing. A word no sentence has among its words (a name or number near a value) is rarest.
    /// </summary>
    private double Rarity(int frequency) => Math.Log((_counted + 1.0) / (frequency + 1.0)) + 1;

    /// <summary>
    /// The table over <paramref name="mentions"/>, which begin with the sentences it was built over (a story that gained
    /// articles): the rarities stay those counted then, and a word new since is weighed as the rarest (as a word near a value
    /// that no sentence has among its words).
    /// </summary>
    public void Grow(IReadOnlyList<ClaimMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count < _distinct.Length)
        {
            throw new ArgumentException("a table grows with its story, it does not shrink", nameof(mentions));
        }

        for (var m = _distinct.Length; m < mentions.Count; m++)
        {
            foreach (var word in mentions[m].Words)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, word, out var exists);
                if (!exists)
                {
                    id = _rarity.Count;
                    _rarity.Add(Rarity(0));
                }
            }
        }

        Array.Resize(ref _distinct, mentions.Count);
        _mentions = mentions;
    }

    /// <summary>The rarity of a word by id.</summary>
    public double RarityOf(int id) => _rarity[id];

    /// <summary>A sentence's distinct words as ids, in the order they first occur in it (made once per sentence).</summary>
    public int[] DistinctWords(int mention)
    {
        if (_distinct[mention] is { } known)
        {
            return known;
        }

        var words = _mentions[mention].Words;
        var mark = NextMark();
        var list = new List<int>(words.Length);
        foreach (var word in words)
        {
            var id = _ids[word];
            if (_stamp[id] != mark)
            {
                _stamp[id] = mark;
                list.Add(id);
            }
        }

        return _distinct[mention] = [.. list];
    }

    /// <summary>The words of a set as ids in the set's own order (its enumeration order), words new to the table added.</summary>
    public int[] IdsOf(HashSet<string> words)
    {
        var ids = new int[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, word, out var exists);
            if (!exists)
            {
                id = _rarity.Count;
                _rarity.Add(Rarity(0));
            }

            ids[i++] = id;
        }

        if (_rarity.Count > _stamp.Length)
        {
            Array.Resize(ref _stamp, Math.Max(_rarity.Count, _stamp.Length * 2));
        }

        return ids;
    }

    /// <summary>
    /// How many of <paramref name="first"/>'s words <paramref name="second"/> holds too, and their rarities summed in
    /// <paramref name="first"/>'s order (both lists without repeats).
    /// </summary>
    public (int Count, double Rarity) Shared(int[] first, int[] second)
    {
        var mark = NextMark();
        foreach (var id in second)
        {
            _stamp[id] = mark;
        }

        var count = 0;
        var rarity = 0.0;
        foreach (var id in first)
        {
            if (_stamp[id] == mark)
            {
                count++;
                rarity += _rarity[id];
            }
        }

        return (count, rarity);
    }

    private int NextMark()
    {
        if (_stamp.Length < _rarity.Count)
        {
            Array.Resize(ref _stamp, Math.Max(_rarity.Count, _stamp.Length * 2));
        }

        if (++_mark == int.MaxValue)
        {
            Array.Clear(_stamp);
            _mark = 1;
        }

        return _mark;
    }
}
