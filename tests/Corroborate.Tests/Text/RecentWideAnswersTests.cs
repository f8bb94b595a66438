using Corroborate.Text;

namespace Corroborate.Tests.Text;

/// <summary>
/// The memo in front of the wide language model: the same paragraph asked twice costs one call, the memo starts over
/// when full, and concurrent callers get the model's own answer for their text, never another's.
/// </summary>
public sealed class RecentWideAnswersTests
{
    /// <summary>Answers with the text's length as a confidence (so each text's answer is its own); counts calls per text.</summary>
    private sealed class CountingModel : IWideLanguageModel
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Script), int> _calls = new();

        public int CallsFor(string text, Script script) => _calls.GetValueOrDefault((text, script));

        public int Calls => _calls.Values.Sum();

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
        {
            _calls.AddOrUpdate((text, script), 1, (_, count) => count + 1);
            return [new LanguageGuess(script == Script.Latin ? "en" : "ru", text.Length / 1000.0)];
        }
    }

    [Fact]
    public void A_paragraph_asked_again_is_answered_from_the_memo()
    {
        var model = new CountingModel();
        var memo = new RecentWideAnswers(model);

        var first = memo.Rank("The harbour reopened on Tuesday after the storm.", Script.Latin);
        var second = memo.Rank("The harbour reopened on Tuesday after the storm.", Script.Latin);

        Assert.Same(first, second);
        Assert.Equal(1, model.Calls);
    }

    [Fact]
    public void The_same_text_in_another_script_is_another_question()
    {
        var model = new CountingModel();
        var memo = new RecentWideAnswers(model);

        var latin = memo.Rank("Rail strike called off", Script.Latin);
        var other = memo.Rank("Rail strike called off", Script.Cyrillic);

        Assert.Equal("en", latin[0].Code);
        Assert.Equal("ru", other[0].Code);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public void A_full_memo_starts_over()
    {
        var model = new CountingModel();
        var memo = new RecentWideAnswers(model, capacity: 3);
        foreach (var text in new[] { "one ferry", "two ferries", "three ferries" })
        {
            memo.Rank(text, Script.Latin);
        }

        memo.Rank("one ferry", Script.Latin);
        Assert.Equal(1, model.CallsFor("one ferry", Script.Latin));

        // The fourth distinct text finds the memo full: it starts over, so the first text is asked of the model again.
        memo.Rank("four ferries", Script.Latin);
        memo.Rank("one ferry", Script.Latin);
        Assert.Equal(2, model.CallsFor("one ferry", Script.Latin));
    }

    [Fact]
    public void Concurrent_callers_each_get_their_own_texts_answer()
    {
        var model = new CountingModel();
        var memo = new RecentWideAnswers(model, capacity: 16);
        var texts = Enumerable.Range(1, 40).Select(i => new string('x', i)).ToArray();
        var wrong = 0;

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var text = texts[i / 10 % texts.Length];
            var answer = memo.Rank(text, Script.Latin);
            if (answer.Count != 1 || answer[0].Code != "en" || answer[0].Confidence != text.Length / 1000.0)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
        // Each text is asked ten times running: the memo answers most of them, though it holds fewer texts than are asked.
        Assert.InRange(model.Calls, texts.Length, 2_000);
    }
}
