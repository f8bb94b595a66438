using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Corroborate.Text;

/// <summary>
/// A binary copy of a language's table beside Lingua's files, so that only the first process after an install or an
/// upgrade parses the JSON (≈ 4 ms a language, against ≈ 0.2 ms to read the copy). The copy names the files it was
/// made from by their SHA-256, so new files are parsed again; it is written to a temporary file and renamed, so a
/// reader sees a whole copy or none; it carries a checksum of its arrays, so a damaged copy is ignored. Where the
/// folder cannot be written, every process parses, as before.
/// </summary>
internal sealed partial class LinguaNgramModel
{
    /// <summary>The copy's name in each language's folder.</summary>
    public const string CacheFileName = "corroborate-ngrams.bin";

    private static ReadOnlySpan<byte> Magic => "CRBLNG01"u8;

    private const int HeaderLength = 8 + 32 + 4 * 4 + 8;

    /// <summary>The SHA-256 of the three source files as they are now (a missing file counts as empty).</summary>
    private static byte[] Stamp(string languageFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in FileNames)
        {
            string path = Path.Combine(languageFolder, name);
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The copy at <paramref name="path"/> when it is whole and made from files with this stamp; otherwise null.</summary>
    internal static LinguaNgramModel? TryReadCache(string path, byte[] stamp)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            Span<byte> header = stackalloc byte[HeaderLength];
            if (file.Length < HeaderLength || file.Read(header) != HeaderLength || !header[..8].SequenceEqual(Magic)
                || !header.Slice(8, 32).SequenceEqual(stamp))
            {
                return null;
            }
            var numbers = MemoryMarshal.Cast<byte, int>(header.Slice(40, 16));
            int count = numbers[0];
            int capacity = numbers[1];
            ulong checksum = MemoryMarshal.Read<ulong>(header[56..]);
            if (capacity < 16 || !System.Numerics.BitOperations.IsPow2(capacity) || count < 0 || count > capacity / 2
                || file.Length != HeaderLength + 16L * capacity)
            {
                return null;
            }
            var keys = new ulong[capacity];
            var logProbabilities = new double[capacity];
            file.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            file.ReadExactly(MemoryMarshal.AsBytes(logProbabilities.AsSpan()));
            return Checksum(keys, logProbabilities) == checksum ? new LinguaNgramModel(keys, logProbabilities, count) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Leaves a copy at <paramref name="path"/>; a folder that cannot be written only means no copy.</summary>
    internal void TryWriteCache(string path, byte[] stamp)
    {
        string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                Span<byte> header = stackalloc byte[HeaderLength];
                Magic.CopyTo(header);
                stamp.CopyTo(header[8..]);
                var numbers = MemoryMarshal.Cast<byte, int>(header.Slice(40, 16));
                numbers[0] = Count;
                numbers[1] = _keys.Length;
                numbers[2] = 0;
                numbers[3] = 0;
                ulong checksum = Checksum(_keys, _logProbabilities);
                MemoryMarshal.Write(header[56..], in checksum);
                file.Write(header);
                file.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
                file.Write(MemoryMarshal.AsBytes(_logProbabilities.AsSpan()));
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing was left that a reader would take: the copy is only ever read under its final name.
            }
        }
    }

    /// <summary>Every slot of the table, in order: tests compare a copy with a parse through it.</summary>
    internal IEnumerable<(ulong Key, double LogProbability)> Slots()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            yield return (_keys[i], _logProbabilities[i]);
        }
    }

    private static ulong Checksum(ulong[] keys, double[] logProbabilities)
    {
        ulong hash = 14695981039346656037UL;
        for (int i = 0; i < keys.Length; i++)
        {
            hash = (hash ^ keys[i]) * 1099511628211UL;
            hash = (hash ^ BitConverter.DoubleToUInt64Bits(logProbabilities[i])) * 1099511628211UL;
        }
        return hash;
    }
}
