using Corroborate.Corroboration.Stance;
using Corroborate.Ingest;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Tests.Corroboration.Stance;

public sealed class CsvReaderTests
{
    private static CsvTable Parse(string text) => CsvReader.Read(new StringReader(text), "test.csv");

    [Fact]
    public void Quoted_fields_keep_commas_line_breaks_and_doubled_quotes()
    {
        var table = Parse("Body ID,articleBody\r\n7,\"Officials said, on Monday:\r\n\"\"No comment.\"\"\nEnd\"\n8,plain\n");

        Assert.Equal(["Body ID", "articleBody"], table.Header.ToArray());
        Assert.Equal(2, table.Records.Length);
        Assert.Equal("Officials said, on Monday:\r\n\"No comment.\"\nEnd", table.Records[0].Fields[1]);
        Assert.Equal(2, table.Records[0].Line);
        Assert.Equal(5, table.Records[1].Line);
        Assert.Equal(["8", "plain"], table.Records[1].Fields.ToArray());
    }

    [Fact]
    public void Empty_and_quoted_empty_fields_are_kept_and_a_missing_final_newline_is_fine()
    {
        var table = Parse("a,b,c\n,\"\",x");

        Assert.Equal(["", "", "x"], Assert.Single(table.Records).Fields.ToArray());
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4\"x\n", 3, "double quote inside an unquoted field")]
    [InlineData("a,b\n1,\"two\"x\n", 2, "after a closing quote")]
    [InlineData("a,b\n1,2\n\"open,3\n4,5\n", 5, "opened on line 3 is never closed")]
    [InlineData("a,b\n1,2\n1,2,3\n", 3, "3 fields where the header has 2")]
    public void Malformed_input_names_the_file_and_line(string text, long line, string reason)
    {
        var error = Assert.Throws<InputException>(() => Parse(text));

        Assert.Equal(line, error.Position);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.csv (at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_quotes_only_what_needs_it_and_reads_back()
    {
        using var text = new StringWriter();
        CsvWriter.WriteRecord(text, "He said \"no\", twice", "12", "line\nbreak", "plain");

        Assert.StartsWith("\"He said \"\"no\"\", twice\",12,\"line\nbreak\",plain\r\n", text.ToString(), StringComparison.Ordinal);
        var table = Parse("w,x,y,z\n" + text);
        Assert.Equal(["He said \"no\", twice", "12", "line\nbreak", "plain"], table.Records[0].Fields.ToArray());
    }

    [Fact]
    public void Dataset_accepts_pairs_without_a_stance_column_and_rejects_unknown_bodies()
    {
        var folder = Directory.CreateTempSubdirectory("stance-csv-");
        try
        {
            var bodies = Path.Combine(folder.FullName, "bodies.csv");
            var stances = Path.Combine(folder.FullName, "stances.csv");
            File.WriteAllText(bodies, "Body ID,articleBody\n1,\"A dam burst, flooding two villages.\"\n");
            File.WriteAllText(stances, "Headline,Body ID\nDam bursts,1\n");

            var dataset = StanceDataset.Load(bodies, stances);
            var pair = Assert.Single(dataset.Pairs);
            Assert.Null(pair.Gold);
            Assert.False(dataset.HasGold);

            File.WriteAllText(stances, "Headline,Body ID,Stance\nDam bursts,1,agree\nDam holds,2,disagree\n");
            var error = Assert.Throws<InputException>(() => StanceDataset.Load(bodies, stances));
            Assert.Equal(3, error.Position);
            Assert.Contains("'2'", error.Message, StringComparison.Ordinal);

            File.WriteAllText(stances, "Headline,Body ID,Stance\nDam bursts,1,maybe\n");
            Assert.Contains("unknown stance", Assert.Throws<InputException>(() => StanceDataset.Load(bodies, stances)).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
