using System.Text;

namespace Corroborate.Ingest;

/// <summary>Helpers for quoting untrusted input inside error messages.</summary>
internal static class InputText
{
    /// <summary>Escapes control and non-printable characters as \xNN / \uNNNN and truncates to <paramref name="max"/> characters.</summary>
    public static string Quote(ReadOnlySpan<char> text, int max = 60)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max) + 8);
        builder.Append('"');
        foreach (var c in text[..Math.Min(text.Length, max)])
        {
            if (c < 0x20 || c == 0x7F || char.IsSurrogate(c) || c is '\uFFFD' or '\uFEFF')
            {
                builder.Append(c <= 0xFF ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
        if (text.Length > max)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>Bytes as hex, for messages about binary input.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes, int max = 16) =>
        Convert.ToHexString(bytes[..Math.Min(bytes.Length, max)]) + (bytes.Length > max ? "…" : "");
}
