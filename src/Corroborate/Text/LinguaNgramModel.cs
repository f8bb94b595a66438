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
internal sealed partial class LinguaNgramModel
{
    private static readonly string[] FileNames = ["unigrams.json.br", "bigrams.json.br", "trigrams.json.br"];

    private readonly ulong[] _keys;
    private readonly double[] _logProbabilities;
    private readonly int _shift;

    private LinguaNgramModel(ulong[] keys, double[] logProbabilities, int count)
    {
        _keys = keys;
        _logProbabilities = logProbabilities;
        _shift = 64 - BitOperations.Log2((uint)keys.Length);
        Count = count;
    }

    private LinguaNgramModel(ReadOnlySpan<ulong> keys, ReadOnlySpan<double> logProbabilities, string source)
    {
        // Load factor at most one half keeps probe chains short; keys are never 0 (letters are not U+0000).
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _keys = new ulong[capacity];
        _logProbabilities = new double[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        int mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = keys[i];
            int slot = Slot(key);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    // Lingua's loader fails on a repeated n-gram too (Dictionary.Add).
                    throw new InvalidDataException($"Lingua language models in '{source}' list an n-gram twice.");
                }
                slot = (slot + 1) & mask;
            }
            _keys[slot] = key;
            _logProbabilities[slot] = logProbabilities[i];
        }
        Count = keys.Length;
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
    /// Reads a language's models from its folder: from the binary copy a previous process left there when it is of
    /// the same files (<see cref="TryReadCache"/>), else from Lingua's JSON, leaving the copy for the next process.
    /// A missing file is an empty model, as in Lingua (the caller checks that the folder exists); a malformed one
    /// throws naming the file.
    /// </summary>
    public static LinguaNgramModel Read(string languageFolder, bool useCache = true)
    {
        if (!useCache)
        {
            return Parse(languageFolder);
        }
        var stamp = Stamp(languageFolder);
        string cachePath = Path.Combine(languageFolder, CacheFileName);
        if (TryReadCache(cachePath, stamp) is { } cached)
        {
            return cached;
        }
        var model = Parse(languageFolder);
        model.TryWriteCache(cachePath, stamp);
        return model;
    }

    private static LinguaNgramModel Parse(string languageFolder)
    {
        var entries = new Entries();
        for (int length = 1; length <= 3; length++)
        {
            string path = Path.Combine(languageFolder, FileNames[length - 1]);
            if (!File.Exists(path))
            {
                continue;
            }
            try
            {
                ReadFile(path, length, entries);
            }
            catch (Exception e) when (e is JsonException or FormatException or OverflowException or InvalidDataException)
            {
                throw new InvalidDataException($"Lingua language model '{path}' could not be read: {e.Message}", e);
            }
        }
        try
        {
            return new LinguaNgramModel(entries.Keys, entries.LogProbabilities, languageFolder);
        }
        finally
        {
            entries.Return();
        }
    }

    /// <summary>The n-grams read so far, in buffers borrowed from the shared pool (a model is read once per process).</summary>
    private sealed class Entries
    {
        private ulong[] _keys = ArrayPool<ulong>.Shared.Rent(1 << 14);
        private double[] _logProbabilities = ArrayPool<double>.Shared.Rent(1 << 14);
        private int _count;

        public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, _count);

        public ReadOnlySpan<double> LogProbabilities => _logProbabilities.AsSpan(0, _count);

        public void Add(ulong key, double logProbability)
        {
            if (_count == _keys.Length)
            {
                Grow(ref _keys, _count);
                Grow(ref _logProbabilities, _count);
            }
            _keys[_count] = key;
            _logProbabilities[_count] = logProbability;
            _count++;
        }

        public void Return()
        {
            ArrayPool<ulong>.Shared.Return(_keys);
            ArrayPool<double>.Shared.Return(_logProbabilities);
        }

        private static void Grow<T>(ref T[] array, int count)
        {
            var larger = ArrayPool<T>.Shared.Rent(count * 2);
            array.AsSpan(0, count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(array);
            array = larger;
        }
    }

    private static void ReadFile(string path, int length, Entries entries)
    {
        using var json = new MemoryStream();
        using (var file = File.OpenRead(path))
        using (var brotli = new BrotliStream(file, CompressionMode.Decompress))
        {
            // The JSON is about six times its compressed size: one growth at most.
            json.Capacity = (int)Math.Min(int.MaxValue / 2, file.Length * 8);
            brotli.CopyTo(json);
        }

        var reader = new Utf8JsonReader(json.GetBuffer().AsSpan(0, (int)json.Length));
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
                    if (!(probability > 0))
                    {
                        continue;
                    }
                    double logProbability = Math.Log(probability);
                    // Space-separated n-grams; only those of exactly `length` letters can ever be looked up.
                    int start = 0;
                    while (start <= ngrams.Length)
                    {
                        int space = ngrams[start..].IndexOf(' ');
                        int end = space < 0 ? ngrams.Length : start + space;
                        var ngram = ngrams[start..end];
                        if (ngram.Length == length && AllLetters(ngram))
                        {
                            entries.Add(Pack(ngram), logProbability);
                        }
                        start = end + 1;
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
