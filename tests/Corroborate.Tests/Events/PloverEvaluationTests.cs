using Corroborate.Events;
using Corroborate.Tests.Support;
using Corroborate.Evaluation.Events;

namespace Corroborate.Tests.Events;

/// <summary>
/// Scoring against PLOVER gold records: a conversion table and records written here for the unit cases; the real
/// gold records (CC BY-SA, read by path) for the coder's precision.
/// </summary>
public sealed class PloverEvaluationTests : IDisposable
{
    private const string Records = "data/event-coding/plover/PLOVER_GSR_CAMEO.json";
    private const string Table = "data/event-coding/plover/CAMEO2PLOVER-2021.txt";

    private readonly string _folder = Directory.CreateTempSubdirectory("plover-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private PloverCategories OurTable() => PloverCategories.Read(Write("table.txt", """
        # our own few lines in the table's format
        04: CONSULT
        040: CONSULT, ,  # Consult
        042: CONSULT, visit,   # Make a visit
        09: ACCUSE
        090: ACCUSE, investigate,  # Investigate
        10: REQUEST
        100: REQUEST,  ,  # Demand
        11: ACCUSE
        111: ACCUSE, disapprove,    # Criticize
        19: ASSAULT
        190: ASSAULT, , military # Conventional force
        """));

    [Theory]
    [InlineData("042", "CONSULT")]
    [InlineData("0421", "CONSULT")]
    [InlineData("100", "DEMAND")]
    [InlineData("090", "INVESTIGATE")]
    [InlineData("111", "DISAPPROVE")]
    [InlineData("190", "FIGHT")]
    public void Cameo_codes_map_to_the_category_names_the_gold_records_use(string cameo, string category)
    {
        Assert.Equal(category, OurTable().Of(cameo));
    }

    [Fact]
    public void Statements_have_no_plover_category()
    {
        Assert.Null(OurTable().Of("010"));
    }

    [Fact]
    public void A_file_without_a_single_table_line_is_refused_naming_it()
    {
        var path = Write("empty.txt", "# nothing here\n");

        var error = Assert.Throws<InvalidDataException>(() => PloverCategories.Read(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coding_is_right_when_its_category_and_its_actors_are_the_gold_events()
    {
        const string text = "Gondor troops shelled Mordor positions on Monday.";
        var sentence = new PloverSentence(text, null, [new PloverEvent("x-1", "FIGHT", [new PloverActor("Gondor troops", "GON")], [new PloverActor("Mordor", "MOR")])]);
        EventActor Actor(string code, string words) => new(code, words, text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var right = new EventCoding(Actor("GONMIL", "Gondor troops"), Actor("MOR", "Mordor"), "190", 14, 21);
        var inverted = new EventCoding(Actor("MOR", "Mordor"), Actor("GONMIL", "Gondor troops"), "190", 14, 21);
        var statement = new EventCoding(Actor("GONMIL", "Gondor troops"), Actor("MOR", "Mordor"), "010", 14, 21);
        var criticism = new EventCoding(Actor("GONMIL", "Gondor troops"), Actor("MOR", "Mordor"), "111", 14, 21);

        var result = PloverEvaluation.Judge(sentence, [right, inverted, statement, criticism], OurTable());
        var score = PloverEvaluation.Score([result]);

        Assert.Equal([true, false, false, false], result.Codings.Select(c => c.ActorsRight));
        Assert.Equal([true, true, false, false], result.Codings.Select(c => c.CategoryRight));
        Assert.Equal((3, 1, 2), (score.Codings, score.Unmapped, score.RightCategory));
        Assert.Equal(1, score.FoundActors);
        Assert.Equal(1, score.ExtraCategory);
    }

    [SharedDataFact(Records)]
    public void The_split_halves_the_sentences_the_same_way_every_time_and_keeps_every_category_on_both_sides()
    {
        var sentences = PloverEvaluation.ReadSentences(SharedData.Find(Records)!);
        var development = PloverEvaluation.Select(sentences, PloverSplit.Development);
        var heldOut = PloverEvaluation.Select(sentences, PloverSplit.HeldOut);

        Assert.True(sentences.Count > 300, $"{sentences.Count} sentences");
        Assert.Equal(sentences.Count, development.Count + heldOut.Count);
        Assert.Empty(development.Intersect(heldOut));
        Assert.Equal(development, PloverEvaluation.Select(sentences, PloverSplit.Development));
        string[] Categories(IEnumerable<PloverSentence> part) => [.. part.Select(s => s.Events[0].Category).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(Categories(sentences), Categories(development));
        Assert.Equal(Categories(sentences), Categories(heldOut));
    }

    /// <summary>
    /// The minimum confidence shipped in <c>Resources/Events/coding-confidence.tsv</c> is the one 5-fold cross-validation
    /// chooses on the development half with the coder as it is: a change of the rules that moves it must be recalibrated
    /// (<c>corroborate eval events PLOVER_GSR_CAMEO.json --calibrate</c>).
    /// </summary>
    [SharedDataFact(Records)]
    public void The_shipped_minimum_confidence_is_the_cross_validated_choice_on_the_development_half()
    {
        var sentences = PloverEvaluation.ReadSentences(SharedData.Find(Records)!);
        var categories = PloverCategories.Read(SharedData.Find(Table)!);
        // The minimum is calibrated on every coding of the kinds, before the gate (as `eval events --calibrate` does).
        var coder = new EventCoder(EventDictionaries.Default, new EventCoderOptions { MinConfidence = 0, Gate = false });

        var calibration = ConfidenceCalibration.Run(PloverEvaluation.Run(coder, categories, PloverEvaluation.Select(sentences, PloverSplit.Development)));

        Assert.Equal(CodingConfidence.Minimum, calibration.Minimum, 2);
        Assert.All(calibration.Counts, c => Assert.Equal(CodingConfidence.Of(c.Kind), c.Confidence, 2));
        Assert.True(calibration.HeldPrecision >= 0.8, $"cross-validated precision {calibration.HeldPrecision:F3}");
    }

    /// <summary>
    /// Issue 19's targets on the development half (precision ≥ 0.75 at the category level, extra codings in ≤ 15 % of
    /// sentences; 0.905 / 3.1 % when set), and floors for the held-out half, which is measured and never tuned on
    /// (0.676 / 12.3 % when set: the precision target is not met there).
    /// </summary>
    [SharedDataFact(Records)]
    public void The_coder_is_precise_on_real_news_sentences()
    {
        var sentences = PloverEvaluation.ReadSentences(SharedData.Find(Records)!);
        var categories = PloverCategories.Read(SharedData.Find(Table)!);
        var coder = new EventCoder(EventDictionaries.Default);
        var development = PloverEvaluation.Score(PloverEvaluation.Run(coder, categories, PloverEvaluation.Select(sentences, PloverSplit.Development)));
        var heldOut = PloverEvaluation.Score(PloverEvaluation.Run(coder, categories, PloverEvaluation.Select(sentences, PloverSplit.HeldOut)));

        Assert.True(development.CategoryPrecision >= 0.85, $"development precision {development.CategoryPrecision:F3}");
        Assert.True(development.ExtraCategoryShare <= 0.10, $"development extra {development.ExtraCategoryShare:P1}");
        Assert.True(heldOut.CategoryPrecision >= 0.65, $"held-out precision {heldOut.CategoryPrecision:F3}");
        Assert.True(heldOut.ExtraCategoryShare <= 0.15, $"held-out extra {heldOut.ExtraCategoryShare:P1}");
        // The minimum-evidence gate (events10) gives up recall for precision: held-out 0.252 -> 0.245 (65 codings, 0.677).
        Assert.True(development.CategoryRecall >= 0.25 && heldOut.CategoryRecall >= 0.24, $"recall {development.CategoryRecall:F3} / {heldOut.CategoryRecall:F3}");
    }
}
