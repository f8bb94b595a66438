using Corroborate.Corroboration.Stance;
using Corroborate.Evaluation.Stance;

namespace Corroborate.Cli.Tests;

public sealed class StanceCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-stance-");

    private string Bodies => Path.Combine(_folder.FullName, "bodies.csv");

    private string Stances => Path.Combine(_folder.FullName, "stances.csv");

    private string Predictions => Path.Combine(_folder.FullName, "predictions.csv");

    public void Dispose() => _folder.Delete(recursive: true);

    private void WriteBodies() => File.WriteAllText(Bodies, """
        Body ID,articleBody
        10,"Flood waters rose overnight in the river town of Kellby, forcing 300 people from their homes, the mayor said.
        ""We have never seen the river this high,"" she told reporters on Friday."
        11,"The city council approved a new budget for parks, libraries and street lighting on Thursday."
        """);

    /// <summary>Six labelled pairs over the two bodies, every label present.</summary>
    private void WriteLabelledPairs()
    {
        WriteBodies();
        File.WriteAllText(Stances, """
            Headline,Body ID,Stance
            Flood forces 300 from Kellby homes,10,agree
            River flooding in Kellby is a hoax,10,disagree
            Kellby flood may have been worse than reported,10,discuss
            Council approves parks budget,11,agree
            Flood forces 300 from Kellby homes,11,unrelated
            Council approves parks budget,10,unrelated
            """);
    }

    [Fact]
    public async Task Stance_writes_one_well_formed_row_per_input_pair()
    {
        WriteBodies();
        File.WriteAllText(Stances, """
            Headline,Body ID
            "Floods force 300 from homes in Kellby, mayor says",10
            "Council approves ""record"" parks budget",11
            "Floods force 300 from homes in Kellby, mayor says",11
            """);

        var (exitCode, _, error) = await CliRunner.RunAsync("stance", "--bodies", Bodies, "--stances", Stances, "--out", Predictions);

        Assert.True(exitCode == 0, error);
        var table = CsvReader.ReadFile(Predictions);
        Assert.Equal(["Headline", "Body ID", "Stance"], table.Header.ToArray());
        Assert.Equal(3, table.Records.Length);
        Assert.Equal("Floods force 300 from homes in Kellby, mayor says", table.Records[0].Fields[0]);
        Assert.Equal("Council approves \"record\" parks budget", table.Records[1].Fields[0]);
        Assert.Equal(["10", "11", "11"], table.Records.Select(r => r.Fields[1]).ToArray());
        Assert.All(table.Records, r => Assert.True(StanceLabels.TryParse(r.Fields[2], out _), r.Fields[2]));
        Assert.NotEqual("unrelated", table.Records[0].Fields[2]);
        Assert.Equal("unrelated", table.Records[2].Fields[2]);
        Assert.Contains("3 pairs labelled", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stance_column_is_scored_against_and_standard_output_is_the_default()
    {
        WriteBodies();
        File.WriteAllText(Stances, "Headline,Body ID,Stance\r\nRiver floods Kellby,10,discuss\r\nRiver floods Kellby,11,unrelated\r\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("stance", "--bodies", Bodies, "--stances", Stances);

        Assert.Equal(0, exitCode);
        Assert.Equal(3, CsvReader.Read(new StringReader(output), "stdout").Records.Length + 1);
        Assert.Contains("FNC score", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_csv_fails_with_the_file_and_line()
    {
        WriteBodies();
        File.WriteAllText(Stances, "Headline,Body ID\nGood row,10\nBad \"quote\" row,10\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("stance", "--bodies", Bodies, "--stances", Stances, "--out", Predictions);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{Stances} (at 3)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_refuses_pairs_without_gold_labels_and_writes_no_model()
    {
        WriteBodies();
        File.WriteAllText(Stances, "Headline,Body ID\nRiver floods Kellby,10\n");
        var model = Path.Combine(_folder.FullName, "model.bin.gz");

        var (exitCode, _, error) = await CliRunner.RunAsync("train", "stance", "--data", _folder.FullName, "--out", model);

        Assert.Equal(1, exitCode);
        Assert.Contains("needs a Stance column", error, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Train_scores_the_model_on_a_labelled_test_folder_with_the_gated_disagree_precision()
    {
        WriteLabelledPairs();
        var model = Path.Combine(_folder.FullName, "model.bin.gz");

        var (exitCode, output, error) = await CliRunner.RunAsync("train", "stance", "--data", _folder.FullName, "--out", model, "--folds", "0", "--rounds", "5", "--lexicon-folds", "0", "--test", _folder.FullName);

        Assert.True(exitCode == 0, error);
        Assert.Contains("test on " + _folder.FullName + " (6 pairs, 4 headlines, 2 bodies): FNC score", output, StringComparison.Ordinal);
        Assert.Contains("test: disagree shown when p >= 0.6", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_writes_a_model_that_stance_can_load()
    {
        WriteLabelledPairs();
        var model = Path.Combine(_folder.FullName, "model.bin.gz");

        var (exitCode, output, error) = await CliRunner.RunAsync("train", "stance", "--data", _folder.FullName, "--out", model, "--folds", "0", "--rounds", "5", "--lexicon-folds", "0", "--test", "none");
        Assert.True(exitCode == 0, error);
        Assert.Contains("model: 20 trees", output, StringComparison.Ordinal);
        Assert.DoesNotContain("test on", output, StringComparison.Ordinal);

        (exitCode, _, error) = await CliRunner.RunAsync("stance", "--bodies", Bodies, "--stances", Stances, "--model", model, "--out", Predictions);
        Assert.True(exitCode == 0, error);
        Assert.Equal(6, CsvReader.ReadFile(Predictions).Records.Length);
    }
}
