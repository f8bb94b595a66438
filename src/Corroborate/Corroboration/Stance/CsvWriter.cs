namespace Corroborate.Corroboration.Stance;

/// <summary>Writes RFC 4180 CSV: a field is quoted, with quotes doubled, only when it holds a comma, quote or line break.</summary>
internal static class CsvWriter
{
    public static void WriteRecord(TextWriter writer, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.Write("\r\n");
    }

    public static void WriteField(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
