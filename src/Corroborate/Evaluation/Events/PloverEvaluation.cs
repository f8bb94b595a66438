using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>Which part of the PLOVER gold records to score.</summary>
internal enum PloverSplit
{
    /// <summary>Every record.</summary>
    All,

    /// <summary>The half rules are developed on.</summary>
    Development,

    /// <summary>The other half, only measured.</summary>
    HeldOut,
}

/// <summary>
/// Scores the coder on the PLOVER gold records (PLOVER_GSR_CAMEO.json, CC BY-SA: read from the user's path, never
/// bundled): real news sentences, each with the one event a person coded. Each coding we produce is mapped to its
/// PLOVER category (<see cref="PloverCategories"/>); codings PLOVER has no category for (statements, appeals) are
/// counted apart and do not enter precision.
/// </summary>
internal static class PloverEvaluation
{
    /// <summary>Reads the gold records, one sentence per distinct text; the file's DOCUMENT entries (notes about the file) are skipped.</summary>
    public static IReadOnlyList<PloverSentence> ReadSentences(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected a JSON array of PLOVER records");
        }

        var order = new List<string>();
        var byText = new Dictionary<string, (DateOnly? Date, List<PloverEvent> Events)>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var category = Text(item, "event");
            var text = Text(item, "text")?.Trim();
            if (category is null or "DOCUMENT" || string.IsNullOrEmpty(text))
            {
                continue;
            }

            DateOnly? date = DateOnly.TryParseExact(Text(item, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            if (!byText.TryGetValue(text, out var entry))
            {
                order.Add(text);
                byText[text] = entry = (date, []);
            }

            entry.Events.Add(new PloverEvent(Text(item, "id") ?? $"record {order.Count}", category.ToUpperInvariant(), Actors(item, "source"), Actors(item, "target")));
        }

        return [.. order.Select(t => new PloverSentence(t, byText[t].Date, [.. byText[t].Events]))];
    }

    /// <summary>
    /// The sentences of one part. Within each category (of a sentence's first event) the sentences are ordered by a
    /// hash of their first record id and dealt alternately to development and held-out, so both halves hold every
    /// category and the split never changes.
    /// </summary>
    public static IReadOnlyList<PloverSentence> Select(IReadOnlyList<PloverSentence> sentences, PloverSplit split)
    {
        if (split == PloverSplit.All)
        {
            return sentences;
        }

        var chosen = new bool[sentences.Count];
        foreach (var category in Enumerable.Range(0, sentences.Count).GroupBy(i => sentences[i].Events[0].Category))
        {
            var ordered = category.OrderBy(i => Fnv(sentences[i].Id)).ThenBy(i => i).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                chosen[ordered[k]] = (k % 2 == 0) == (split == PloverSplit.Development);
            }
        }

        return [.. sentences.Where((_, i) => chosen[i])];
    }

    public static IReadOnlyList<PloverResult> Run(EventCoder coder, PloverCategories categories, IReadOnlyList<PloverSentence> sentences) =>
        [.. sentences.Select(s => Judge(s, coder.Code(s.Text, s.Date), categories))];

    /// <summary>Judges each coding of one sentence against its gold events.</summary>
    public static PloverResult Judge(PloverSentence sentence, IReadOnlyList<EventCoding> codings, PloverCategories categories)
    {
        var judged = ImmutableArray.CreateBuilder<PloverCoding>(codings.Count);
        var foundCategory = new bool[sentence.Events.Length];
        var foundActors = new bool[sentence.Events.Length];
        foreach (var coding in codings)
        {
            var category = categories.Of(coding.Code);
            bool categoryRight = false, actorsRight = false;
            for (var e = 0; e < sentence.Events.Length; e++)
            {
                if (category != sentence.Events[e].Category)
                {
                    continue;
                }

                categoryRight = foundCategory[e] = true;
                if (ActorsMatch(sentence.Text, sentence.Events[e], coding))
                {
                    actorsRight = foundActors[e] = true;
                }
            }

            judged.Add(new PloverCoding(coding, category, categoryRight, actorsRight));
        }

        return new PloverResult(sentence, judged.MoveToImmutable(), foundCategory.Count(f => f), foundActors.Count(f => f));
    }

    public static PloverScore Score(IReadOnlyList<PloverResult> results)
    {
        int events = 0, codings = 0, unmapped = 0, rightCategory = 0, rightActors = 0, foundCategory = 0, foundActors = 0, extraCategory = 0, extraActors = 0, coded = 0;
        foreach (var result in results)
        {
            var mapped = result.Codings.Where(c => c.Category is not null).ToList();
            events += result.Sentence.Events.Length;
            unmapped += result.Codings.Length - mapped.Count;
            codings += mapped.Count;
            rightCategory += mapped.Count(c => c.CategoryRight);
            rightActors += mapped.Count(c => c.ActorsRight);
            foundCategory += result.FoundCategory;
            foundActors += result.FoundActors;
            extraCategory += mapped.Exists(c => !c.CategoryRight) ? 1 : 0;
            extraActors += mapped.Exists(c => !c.ActorsRight) ? 1 : 0;
            coded += mapped.Count > 0 ? 1 : 0;
        }

        return new PloverScore(results.Count, events, coded, codings, unmapped, rightCategory, rightActors, foundCategory, foundActors, extraCategory, extraActors);
    }

    /// <summary>
    /// The coding's source names a gold source and its target a gold target (or, when the gold event has no target,
    /// another gold source: the two acted together). An actor matches when its words overlap the gold actor's words
    /// in the sentence, or its country code is the gold actor's.
    /// </summary>
    private static bool ActorsMatch(string text, PloverEvent gold, EventCoding coding)
    {
        var sources = gold.Sources.Where(a => Matches(text, coding.Source, a)).ToList();
        if (sources.Count == 0)
        {
            return false;
        }

        return gold.Targets.IsEmpty
            ? gold.Sources.Any(a => !sources.Contains(a) && Matches(text, coding.Target, a))
            : gold.Targets.Any(a => Matches(text, coding.Target, a));
    }

    private static bool Matches(string text, EventActor actor, PloverActor gold)
    {
        if (gold.Code.Length == 3 && actor.Code.Length >= 3 && char.IsLetter(actor.Code[0]) && actor.Code[..3] == gold.Code && gold.Code is not ("IGO" or "NGO" or "IMG"))
        {
            return true;
        }

        if (gold.Text.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(gold.Text, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(gold.Text, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at < actor.End && actor.Start < at + gold.Text.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<PloverActor> Actors(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var actors = ImmutableArray.CreateBuilder<PloverActor>();
        foreach (var actor in value.EnumerateArray())
        {
            if (actor.ValueKind == JsonValueKind.Object)
            {
                actors.Add(new PloverActor(Text(actor, "actorText") ?? "", (Text(actor, "code") ?? "").ToUpperInvariant()));
            }
        }

        return actors.ToImmutable();
    }

    internal static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
