using System.Text;

namespace Corroborate.Ingest;

/// <summary>
/// Decodes bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, and a Windows-1252 fallback for legacy
/// single-byte files. Binary input (NUL bytes, control-character soup) is refused as "not text".
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Share of C0 control bytes (other than tab, CR, LF, FF) above which a file is binary, not text.</summary>
    private const double MaxControlShare = 0.01;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The legacy single-byte encoding text falls back to (registered with the code-page provider first).</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>
    /// Whether <paramref name="head"/>, the start of a longer input (its last sequence may be cut off), is legacy
    /// single-byte text rather than UTF-8: not valid UTF-8, and not UTF-8 with damage in it (as <see cref="Decode(ReadOnlySpan{byte}, string)"/> tells them apart).
    /// </summary>
    public static bool IsLegacySingleByte(ReadOnlySpan<byte> head, bool atEnd)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(head, new char[head.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: atEnd);
        return status == System.Buffers.OperationStatus.InvalidData && !LooksLikeBrokenUtf8(head);
    }

    /// <summary>Which decoding was used.</summary>
    public enum Kind
    {
        Utf8,
        Utf8Bom,
        Utf16LittleEndian,
        Utf16BigEndian,
        Windows1252,
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string source) => Decode(bytes, source, out _);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="InputException"/> naming <paramref name="source"/> for binary input.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source, out Kind kind)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            kind = Kind.Utf8Bom;
            return DecodeUtf8(bytes[3..], source);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            kind = Kind.Utf16LittleEndian;
            return DecodeUtf16(bytes[2..], Encoding.Unicode, source);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            kind = Kind.Utf16BigEndian;
            return DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode, source);
        }

        RejectBinary(bytes, source);
        if (Utf8IsValid(bytes))
        {
            kind = Kind.Utf8;
            return StrictUtf8.GetString(bytes);
        }

        if (LooksLikeBrokenUtf8(bytes))
        {
            throw new InputException(source, "invalid UTF-8", FirstInvalidUtf8(bytes));
        }

        kind = Kind.Windows1252;
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string source)
    {
        RejectBinary(bytes, source);
        if (!Utf8IsValid(bytes))
        {
            throw new InputException(source, "invalid UTF-8 after a UTF-8 byte-order mark", FirstInvalidUtf8(bytes) + 3);
        }

        return StrictUtf8.GetString(bytes);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, string source)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new InputException(source, "UTF-16 text with an odd number of bytes", bytes.Length + 2);
        }

        var text = encoding.GetString(bytes);
        if (text.Contains('\0'))
        {
            throw new InputException(source, "not text: UTF-16 holding NUL characters");
        }

        return text;
    }

    private static bool Utf8IsValid(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : consumed;
    }

    /// <summary>
    /// Legacy single-byte text has isolated high bytes; broken UTF-8 has multi-byte lead/continuation
    /// structure in most of its high bytes. We call it UTF-8 when at least half of the high bytes form
    /// valid sequences, so a damaged UTF-8 file is reported, not silently mis-decoded.
    /// </summary>
    internal static bool LooksLikeBrokenUtf8(ReadOnlySpan<byte> bytes)
    {
        int high = 0, inSequences = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            high++;
            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                continue;
            }

            var valid = true;
            for (var j = 1; j < length; j++)
            {
                valid &= (bytes[i + j] & 0xC0) == 0x80;
            }

            if (valid)
            {
                inSequences += length;
                high += length - 1;
                i += length - 1;
            }
        }

        return high > 0 && inSequences * 2 >= high;
    }

    private static void RejectBinary(ReadOnlySpan<byte> bytes, string source)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException(source, "not text: binary content (NUL byte)", nul);
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        if (bytes.Length > 0 && controls > Math.Max(2, bytes.Length * MaxControlShare))
        {
            throw new InputException(source, $"not text: {controls} control bytes in {bytes.Length}");
        }
    }
}
