using Corroborate.Events;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Events;

/// <summary>The PETRARCH unit-test records, coded from their text with their own validation dictionaries.</summary>
public sealed class PetrarchValidationTests
{
    private const string Records = "data/event-coding/petrarch2/validation/PETR.UnitTest.records.xml";

    [SharedDataFact(Records)]
    public void Over_80_percent_of_records_are_coded_exactly()
    {
        var path = SharedData.Find(Records)!;
        var results = EventCodingEvaluation.Run(new EventCoder(EventCodingEvaluation.DictionariesFor(path)), EventCodingEvaluation.ReadRecords(path));
        var all = EventCodingEvaluation.Summarise(results).Single(r => r.Category == "ALL");

        Assert.True(all.Records > 250, $"only {all.Records} records read");
        Assert.True(all.Exact > 0.80, $"exact {all.Exact:P1}");
        Assert.True(all.WithExtra < 0.10, $"with extra codings {all.WithExtra:P1}");
    }
}
