using System.Numerics;

namespace Corroborate.Text;

internal sealed partial class LinguaScorer
{
    /// <summary>One thread's working arrays, grown as texts need and reused, so that a call allocates only its answer.</summary>
    private sealed class Scratch
    {
        private static readonly int Languages = LinguaFacts.LanguageCount;

        public char[] Text = new char[512];
        public int[] WordStarts = new int[64];
        public int[] WordLengths = new int[64];
        public ulong[] Trigrams = new ulong[256];
        private ulong[] _seen = new ulong[512];

        public readonly int[] VoteKeys = new int[Languages + 1];
        public readonly int[] VoteCounts = new int[Languages + 1];
        public readonly int[] LetterKeys = new int[Languages + 1];
        public readonly int[] LetterCounts = new int[Languages + 1];
        public readonly int[] Written = new int[Languages];
        public readonly bool[] InWritten = new bool[Languages];
        public readonly int[] Narrowed = new int[Languages];
        public readonly int[] Scored = new int[Languages];
        public readonly double[] Sums = new double[Languages];
        public readonly double[] Exponentials = new double[Languages];
        public readonly double[] Confidence = new double[Languages];
        public readonly int[] Order = new int[Languages];

        /// <summary>The text buffer, at least <paramref name="length"/> long (the clean-up never lengthens a text).</summary>
        public char[] TextOfLength(int length)
        {
            if (Text.Length < length)
            {
                Text = new char[length];
            }
            return Text;
        }

        public void AddWord(ref int count, int start, int length)
        {
            if (count == WordStarts.Length)
            {
                Array.Resize(ref WordStarts, count * 2);
                Array.Resize(ref WordLengths, count * 2);
            }
            WordStarts[count] = start;
            WordLengths[count] = length;
            count++;
        }

        public void AddTrigram(ref int count, ulong key)
        {
            if (count == Trigrams.Length)
            {
                Array.Resize(ref Trigrams, count * 2);
            }
            Trigrams[count++] = key;
        }

        /// <summary>An empty open-addressing set of at least twice <paramref name="items"/> slots, a power of two.</summary>
        public ulong[] SeenOfCapacity(int items)
        {
            int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, items * 2));
            if (_seen.Length < capacity)
            {
                _seen = new ulong[capacity];
                return _seen;
            }
            // Larger than asked is fine: the caller probes with the array's own length.
            return Cleared(_seen);
        }

        private static ulong[] Cleared(ulong[] set)
        {
            Array.Clear(set);
            return set;
        }
    }
}
