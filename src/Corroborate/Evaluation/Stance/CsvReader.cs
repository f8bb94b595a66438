using System.Collections.Immutable;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// Reads RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas, line breaks and
/// doubled quotes (<c>""</c>); records end with CRLF or LF. Strictness is on purpose: a stray quote inside
/// an unquoted field, text after a closing quote, an unclosed quote or a record with the wrong number of
/// fields is an <see cref="InputException"/> naming the file and line, because silently shifted columns
/// would pair headlines with the wrong bodies.
/// </summary>
internal static class CsvReader
{
    public static CsvTable ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static CsvTable Read(TextReader reader, string source)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        var inQuotes = false;
        var afterQuote = false;
        var fieldStarted = false;
        long quoteLine = 0;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    fieldStarted = true;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    inQuotes = true;
                    quoteLine = line;
                    fieldStarted = true;
                    break;
                case '"':
                    throw new InputException(source, "a double quote inside an unquoted field (quote the whole field and double the quote)", line);
                default:
                    if (afterQuote)
                    {
                        throw new InputException(source, $"text after a closing quote ('{ch}'); expected a comma or the end of the line", line);
                    }

                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new InputException(source, $"the quoted field opened on line {quoteLine} is never closed", line);
        }

        EndRecord();
        if (records.Count == 0)
        {
            throw new InputException(source, "no header line: the file is empty");
        }

        var header = records[0].Fields;
        var body = ImmutableArray.CreateBuilder<CsvRecord>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Length != header.Length)
            {
                throw new InputException(source, $"{record.Fields.Length} fields where the header has {header.Length}", record.Line);
            }

            body.Add(record);
        }

        return new CsvTable(source, header, body.MoveToImmutable());

        void EndRecord()
        {
            // A line with nothing on it (e.g. the final newline) is not a record.
            if (fieldStarted || field.Length > 0 || afterQuote || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
            field.Clear();
            afterQuote = false;
            fieldStarted = false;
        }
    }
}
