using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Text.Json;

namespace Corroborate.Text;

/// <summary>
/// One language's unigram, bigram and trigram models from Lingua's files (<c>{code}/{unigrams,bigrams,trigrams}.json.br</c>),
/// in one flat open-addressing table from the packed n-gram to the natural logarithm of its probability. The
/// probabilities are computed as Lingua computes them (<c>double.Parse(numerator) / int.Parse(denominator)</c>) and
/// their logarithms taken once here instead of at every look-up, so a sum of them is the same double as Lingua's.
/// Only n-grams that can match are kept: those of exactly n letters (Lingua looks an n-gram up in the model of its
/// length, and builds n-grams from letters only) with a probability above zero (Lingua skips the others).
/// </summary>
internal sealed class LinguaNgramModel
{
    private readonly ulong[] _keys;
    private readonly double[] _logProbabilities;
    private readonly int _shift;

    private LinguaNgramModel(Dictionary<ulong, double> logProbabilities)
    {
        // Load factor at most one half keeps probe chains short; keys are never 0 (letters are not U+0000).
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, logProbabilities.Count * 2));
        _keys = new ulong[capacity];
        _logProbabilities = new double[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        int mask = capacity - 1;
        foreach (var (key, value) in logProbabilities)
        {
            int slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _keys[slot] = key;
            _logProbabilities[slot] = value;
        }
        Count = logProbabilities.Count;
    }

    /// <summary>How many n-grams the table holds.</summary>
    public int Count { get; }

    /// <summary>The packed key of one to three characters (none of them U+0000).</summary>
    public static ulong Pack(ReadOnlySpan<char> ngram)
    {
        ulong key = 0;
        for (int i = 0; i < ngram.Length; i++)
        {
            key |= (ulong)ngram[i] << (16 * i);
        }
        return key;
    }

    /// <summary>The logarithm of the n-gram's probability, when the model has it.</summary>
    public bool TryGetLogProbability(ulong key, out double logProbability)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                logProbability = _logProbabilities[slot];
                return true;
            }
            if (found == 0)
            {
                logProbability = 0;
                return false;
            }
        }
    }

    /// <summary>
    /// Reads a language's models from its folder. A missing file is an empty model, as in Lingua (the caller checks
    /// that the folder exists); a malformed one throws naming the file.
    /// </summary>
    public static LinguaNgramModel Read(string languageFolder)
    {
        var logProbabilities = new Dictionary<ulong, double>();
        string[] names = ["unigrams", "bigrams", "trigrams"];
        for (int length = 1; length <= 3; length++)
        {
            string path = Path.Combine(languageFolder, names[length - 1] + ".json.br");
            if (!File.Exists(path))
            {
                continue;
            }
            try
            {
                ReadFile(path, length, logProbabilities);
            }
            catch (Exception e) when (e is JsonException or FormatException or OverflowException or InvalidDataException)
            {
                throw new InvalidDataException($"Lingua language model '{path}' could not be read: {e.Message}", e);
            }
        }
        return new LinguaNgramModel(logProbabilities);
    }

    private static void ReadFile(string path, int length, Dictionary<ulong, double> logProbabilities)
    {
        byte[] json;
        using (var file = File.OpenRead(path))
        using (var brotli = new BrotliStream(file, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            brotli.CopyTo(buffer);
            json = buffer.ToArray();
        }

        var reader = new Utf8JsonReader(json);
        char[] text = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }
                if (!reader.ValueTextEquals("ngrams"u8))
                {
                    reader.Read();
                    continue;
                }
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var fraction = Copy(ref reader, ref text);
                    int slash = fraction.IndexOf('/');
                    // Lingua's arithmetic, to the bit: the numerator parsed as a double, divided by the denominator as an int.
                    double probability = double.Parse(fraction[..slash]) / int.Parse(fraction[(slash + 1)..]);
                    reader.Read();
                    var ngrams = Copy(ref reader, ref text);
                    double logProbability = probability > 0 ? Math.Log(probability) : 0;
                    foreach (var range in ngrams.Split(' '))
                    {
                        var ngram = ngrams[range];
                        if (probability > 0 && ngram.Length == length && AllLetters(ngram))
                        {
                            logProbabilities.Add(Pack(ngram), logProbability);
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private static ReadOnlySpan<char> Copy(ref Utf8JsonReader reader, ref char[] buffer)
    {
        int needed = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (needed > buffer.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(needed);
        }
        int written = reader.CopyString(buffer);
        return buffer.AsSpan(0, written);
    }

    private static bool AllLetters(ReadOnlySpan<char> ngram)
    {
        foreach (char c in ngram)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    // Fibonacci hashing: the top bits of key × 2^64/φ spread the packed characters well.
    private int Slot(ulong key) => (int)((key * 0x9E37_79B9_7F4A_7C15UL) >> _shift);
}
