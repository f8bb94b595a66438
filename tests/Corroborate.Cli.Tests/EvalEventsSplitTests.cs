namespace Corroborate.Cli.Tests;

/// <summary>
/// `eval events` on PLOVER records scores only the half asked for: the held-out half is for measuring once per
/// configuration, so a development run never shows it. Records and mapping written for this test, in PLOVER's format.
/// </summary>
public sealed class EvalEventsSplitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corroborate-plover-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Records()
    {
        File.WriteAllText(Path.Combine(_folder, "CAMEO2PLOVER-2021.txt"), "# our own small table\n042: CONSULT\n111: ACCUSE\n");
        var path = Path.Combine(_folder, "records.json");
        File.WriteAllText(path, """
            [
              {"id": "T-0001", "event": "CONSULT", "text": "Kenya's president met Uganda's president in Nairobi on Monday.", "date": "2021-03-01",
               "source": ["KEN"], "target": ["UGA"]},
              {"id": "T-0002", "event": "CONSULT", "text": "Chile's foreign minister met Peru's foreign minister in Lima.", "date": "2021-03-02",
               "source": ["CHL"], "target": ["PER"]},
              {"id": "T-0003", "event": "ACCUSE", "text": "Norway accused Iceland of breaking the fishing deal.", "date": "2021-03-03",
               "source": ["NOR"], "target": ["ISL"]},
              {"id": "T-0004", "event": "ACCUSE", "text": "Portugal accused Spain of hiding the spill.", "date": "2021-03-04",
               "source": ["PRT"], "target": ["ESP"]}
            ]
            """);
        return path;
    }

    private static string[] Parts(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(' ', 2)[0])];

    [Fact]
    public async Task A_development_run_scores_only_the_development_half()
    {
        var run = await CliRunner.RunAsync("eval", "events", Records());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["dev"], Parts(run.Output));
    }

    [Theory]
    [InlineData("held-out", new[] { "held-out" })]
    [InlineData("all", new[] { "dev", "held-out", "all" })]
    public async Task The_held_out_half_is_scored_only_when_asked_for(string split, string[] expected)
    {
        var run = await CliRunner.RunAsync("eval", "events", Records(), "--split", split);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, Parts(run.Output));
    }
}
