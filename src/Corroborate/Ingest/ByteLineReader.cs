namespace Corroborate.Ingest;

/// <summary>
/// Splits a stream into lines of raw bytes (LF or CRLF), in constant memory: a line longer than the
/// limit is skipped to its end and reported as such, so one runaway line never costs the lines after it.
/// Bytes are not decoded here: each line is checked on its own, so one damaged line is one error.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private readonly MemoryStream _line = new();
    private int _position, _filled;
    private bool _atEnd;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Byte offset of the end of the line last returned.</summary>
    public long Offset { get; private set; }

    /// <summary>The next line without its terminator, and whether it was cut off at the limit; false at the end of the stream.</summary>
    public bool TryRead(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        _line.SetLength(0);
        tooLong = false;
        line = default;
        var any = false;
        while (true)
        {
            if (_position == _filled)
            {
                _position = 0;
                if (_atEnd || (_filled = stream.Read(_chunk, 0, _chunk.Length)) == 0)
                {
                    (_atEnd, _filled) = (true, 0);
                    if (!any)
                    {
                        return false;
                    }

                    break;
                }
            }

            any = true;
            var available = _chunk.AsSpan(_position, _filled - _position);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            if (!tooLong)
            {
                if (_line.Length + piece.Length > maxLineBytes)
                {
                    tooLong = true;
                    _line.SetLength(0);
                }
                else
                {
                    _line.Write(piece);
                }
            }

            Offset += piece.Length + (newline < 0 ? 0 : 1);
            _position += piece.Length + (newline < 0 ? 0 : 1);
            if (newline >= 0)
            {
                break;
            }
        }

        LineNumber++;
        var bytes = _line.GetBuffer().AsMemory(0, (int)_line.Length);
        if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        line = bytes;
        return true;
    }
}
