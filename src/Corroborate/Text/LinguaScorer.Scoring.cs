namespace Corroborate.Text;

internal sealed partial class LinguaScorer
{
    /// <summary>
    /// Lingua's n-gram scoring in low-accuracy mode: per candidate, the sum over the text's distinct trigrams (in the
    /// order they first occur, as Lingua's insertion-ordered set yields them) of the logarithm of the first of the
    /// trigram, its leading bigram and its leading letter that the language's models know; a language with a sum below
    /// zero gets e^sum; those are normalised by their sum, taken in candidate order, as Lingua's softmax does.
    /// </summary>
    private List<LanguageGuess> Score(ReadOnlySpan<char> text, ReadOnlySpan<int> candidates, Scratch scratch)
    {
        int trigramCount = DistinctTrigrams(text, scratch);
        var trigrams = scratch.Trigrams.AsSpan(0, trigramCount);
        var sums = scratch.Sums;
        var scored = scratch.Scored;
        var exponentials = scratch.Exponentials;
        int scoredCount = 0;
        foreach (int language in candidates)
        {
            var model = _models.Get(language);
            double sum = 0;
            foreach (ulong trigram in trigrams)
            {
                if (model.TryGetLogProbability(trigram, out double logProbability)
                    || model.TryGetLogProbability(trigram & 0xFFFF_FFFF, out logProbability)
                    || model.TryGetLogProbability(trigram & 0xFFFF, out logProbability))
                {
                    sum += logProbability;
                }
            }
            if (sum < 0)
            {
                scored[scoredCount] = language;
                sums[scoredCount] = sum;
                scoredCount++;
            }
        }
        if (scoredCount == 0)
        {
            return [];
        }

        double denominator = 0;
        for (int i = 0; i < scoredCount; i++)
        {
            exponentials[i] = Math.Exp(sums[i]);
            denominator += exponentials[i];
        }

        var confidence = scratch.Confidence;
        Array.Clear(confidence);
        if (denominator == 0)
        {
            // Every e^sum underflowed (very long texts): Lingua names the language of the highest sum, the first such.
            int best = 0;
            for (int i = 1; i < scoredCount; i++)
            {
                if (sums[i] > sums[best])
                {
                    best = i;
                }
            }
            confidence[scored[best]] = 1.0;
        }
        else
        {
            for (int i = 0; i < scoredCount; i++)
            {
                confidence[scored[i]] = exponentials[i] / denominator;
            }
        }

        // Lingua sorts every candidate of the detector by confidence, a stable sort over the detector's order; only
        // those above zero are an answer.
        var ranking = new List<LanguageGuess>(scoredCount);
        var order = scratch.Order;
        int orderCount = 0;
        foreach (int language in _languages)
        {
            double value = confidence[language];
            if (!(value > 0))
            {
                continue;
            }
            int at = orderCount;
            while (at > 0 && confidence[order[at - 1]] < value)
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = language;
            orderCount++;
        }
        for (int i = 0; i < orderCount; i++)
        {
            ranking.Add(new LanguageGuess(_codes[order[i]], confidence[order[i]]));
        }
        return ranking;
    }

    /// <summary>The text's distinct trigrams of letters, packed, in the order they first occur (Lingua's <c>TestLanguageModel</c>).</summary>
    private static int DistinctTrigrams(ReadOnlySpan<char> text, Scratch scratch)
    {
        var seen = scratch.SeenOfCapacity(text.Length);
        int mask = seen.Length - 1;
        int shift = 64 - System.Numerics.BitOperations.Log2((uint)seen.Length);
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            for (int j = start; j + 3 <= i; j++)
            {
                ulong key = LinguaNgramModel.Pack(text.Slice(j, 3));
                int slot = (int)((key * 0x9E37_79B9_7F4A_7C15UL) >> shift);
                while (seen[slot] != 0 && seen[slot] != key)
                {
                    slot = (slot + 1) & mask;
                }
                if (seen[slot] == 0)
                {
                    seen[slot] = key;
                    scratch.AddTrigram(ref count, key);
                }
            }
        }
        return count;
    }
}
