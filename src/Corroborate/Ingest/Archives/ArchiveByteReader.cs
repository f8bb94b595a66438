using System.Text;

namespace Corroborate.Ingest.Archives;

/// <summary>
/// A forward-only buffered reader over an archive stream that counts the bytes consumed, so errors can name
/// the offset (in the decompressed stream when the archive is gzipped). Memory is one fixed buffer plus
/// whatever the caller asks to keep.
/// </summary>
internal sealed class ArchiveByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>True at the end of the stream.</summary>
    public bool AtEnd => !Fill();

    /// <summary>
    /// One line without its CR/LF (Latin-1, as WARC and HTTP headers are octets), or null at the end of the
    /// stream. Throws <see cref="FormatException"/> when the line exceeds <paramref name="maxLength"/>.
    /// </summary>
    public string? ReadLine(int maxLength)
    {
        var line = new StringBuilder();
        while (Fill())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (line.Length + take > maxLength)
            {
                throw new FormatException($"a header line longer than {maxLength:N0} bytes");
            }

            line.Append(Encoding.Latin1.GetString(span[..take]));
            Advance(newline < 0 ? take : take + 1);
            if (newline >= 0)
            {
                return line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
            }
        }

        return line.Length > 0 ? line.ToString() : null;
    }

    /// <summary>Copies up to <paramref name="count"/> bytes into <paramref name="destination"/>; returns how many were available.</summary>
    public long CopyTo(Stream? destination, long count)
    {
        var copied = 0L;
        while (copied < count && Fill())
        {
            var take = (int)Math.Min(count - copied, _end - _start);
            destination?.Write(_buffer, _start, take);
            Advance(take);
            copied += take;
        }

        return copied;
    }

    /// <summary>The next byte without consuming it, or -1 at the end.</summary>
    public int Peek() => Fill() ? _buffer[_start] : -1;

    public void Skip(int count) => CopyTo(null, count);

    private void Advance(int count)
    {
        _start += count;
        Position += count;
    }

    private bool Fill()
    {
        if (_start < _end)
        {
            return true;
        }

        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
