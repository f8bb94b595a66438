using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Corroborate.Events;

/// <summary>
/// Verb patterns in the PETRARCH format (CAMEO.2.0.txt and the validation verbs): <c>&amp;SYNSET</c> lists of
/// <c>+PHRASE</c> lines; blocks <c>--- NAME [code] ---</c> of verbs (<c>VERB {IRREGULAR FORMS} [code]</c>, multi-word
/// verbs with '+' on the head word: <c>+MEET_WITH</c>, <c>KLM_NOP_+RST</c>) followed by patterns
/// <c>- WORDS * WORDS [code]</c> where '*' is the verb, '$' the source, '+' the target, '%' a compound actor, '^'
/// a skipped noun phrase, '_' ties neighbours together, and () {} only group.
/// </summary>
public sealed partial class VerbDictionary
{
    private readonly Dictionary<string, List<VerbEntry>> _forms = new(StringComparer.Ordinal);
    private int _patternOrder;

    public Dictionary<string, List<string[]>> Synsets { get; } = new(StringComparer.Ordinal);

    public int FormCount => _forms.Count;

    /// <summary>Every verb entry whose head is this token key, multi-word entries first.</summary>
    public IReadOnlyList<VerbEntry>? Find(string key) => _forms.GetValueOrDefault(key);

    public void Read(TextReader reader)
    {
        string? synset = null;
        VerbBlock? block = null;
        var comments = new List<(VerbBlock Block, VerbPattern Pattern, string Comment)>();
        foreach (var (raw, comment) in DictionaryLines.ReadWithComments(reader))
        {
            var line = raw.Trim();
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                synset = null;
                var header = HeaderPattern().Match(line);
                block = new VerbBlock(header.Success ? header.Groups["name"].Value : line.Trim('-', ' '), header.Success ? EventCodePair.Parse(header.Groups["code"].Value) : EventCodePair.None);
                continue;
            }

            if (line[0] == '&')
            {
                synset = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('_');
                Synsets[synset] = [];
                continue;
            }

            if (line[0] == '+' && synset is not null)
            {
                Synsets[synset].Add(DictionaryLines.Words(line[1..]));
                continue;
            }

            synset = null;
            if (block is null)
            {
                continue;
            }

            if (line[0] == '-')
            {
                if (ParsePattern(line[1..]) is { } pattern)
                {
                    block.Patterns.Add(pattern);
                    if (comment.Length > 0)
                    {
                        comments.Add((block, pattern, comment));
                    }
                }

                continue;
            }

            AddVerb(line, block);
        }

        foreach (var (commented, pattern, comment) in comments)
        {
            if (WrittenFor(commented, comment) is { Count: > 0 } lemmas)
            {
                commented.WrittenFor[pattern] = lemmas;
            }
        }
    }

    /// <summary>
    /// Replaces the own code of every one-word form of <paramref name="lemma"/> (the code used when no pattern of its
    /// block matches); returns how many forms changed. Multi-word verbs ("take over") keep theirs.
    /// </summary>
    public int CorrectCode(string lemma, EventCodePair code)
    {
        var key = EventTokenizer.KeyOf(lemma);
        var changed = 0;
        foreach (var list in _forms.Values)
        {
            for (var k = 0; k < list.Count; k++)
            {
                if (list[k].Lemma == key && list[k].ParticleCount == 0)
                {
                    list[k] = list[k] with { Code = code };
                    changed++;
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// The block's verbs a pattern comment names ("KICK", "WIPE_OUT , WIPED_OUT", "CARRIED_OUT"): each comma-separated
    /// form's first word, looked up among the block's own forms. Notes that name no verb of the block ("oy 29 Nov
    /// 2005") give none.
    /// </summary>
    private HashSet<string> WrittenFor(VerbBlock block, string comment)
    {
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in comment.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = DictionaryLines.Words(form.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
            if (words.Length == 0)
            {
                continue;
            }

            // A multi-word verb's comment may name its particle first ("SHUT_DOWN" is headed by SHUT, "KLM_+RST" by RST).
            foreach (var word in words)
            {
                foreach (var entry in _forms.GetValueOrDefault(word) ?? [])
                {
                    if (ReferenceEquals(entry.Block, block))
                    {
                        lemmas.Add(entry.Lemma);
                    }
                }
            }
        }

        return lemmas;
    }

    private void AddVerb(string line, VerbBlock block)
    {
        var code = block.Code;
        var codeMatch = CodePattern().Match(line);
        if (codeMatch.Success)
        {
            code = EventCodePair.Parse(codeMatch.Groups["code"].Value);
            line = line[..codeMatch.Index];
        }

        var forms = new List<string>();
        var brace = line.IndexOf('{');
        if (brace >= 0)
        {
            var close = line.IndexOf('}', brace);
            forms.AddRange(line[(brace + 1)..(close < 0 ? line.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            line = line[..brace];
        }

        var baseForm = line.Trim();
        if (baseForm.Length == 0)
        {
            return;
        }

        var explicitForms = forms.Count > 0;
        forms.Insert(0, baseForm);
        var lemma = HeadOf(baseForm);
        foreach (var form in forms)
        {
            AddForm(form, lemma, code, block);
        }

        if (!explicitForms)
        {
            // Regular forms of the head word, keeping any particles around it.
            var head = HeadOf(baseForm);
            foreach (var inflected in RegularForms(head))
            {
                AddForm(ReplaceHead(baseForm, inflected), lemma, code, block);
            }
        }
    }

    private void AddForm(string form, string lemma, EventCodePair code, VerbBlock block)
    {
        var parts = form.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var headIndex = Array.FindIndex(parts, p => p.StartsWith('+'));
        if (headIndex < 0)
        {
            headIndex = 0;
        }

        var words = parts.Select(p => EventTokenizer.KeyOf(p.TrimStart('+'))).ToArray();
        var entry = new VerbEntry(EventTokenizer.KeyOf(lemma), code, block, [.. words[..headIndex]], [.. words[(headIndex + 1)..]]);
        if (!_forms.TryGetValue(words[headIndex], out var list))
        {
            _forms[words[headIndex]] = list = [];
        }

        var at = list.FindIndex(e => e.ParticleCount < entry.ParticleCount);
        list.Insert(at < 0 ? list.Count : at, entry);
    }

    private static string HeadOf(string form)
    {
        var parts = form.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return (parts.FirstOrDefault(p => p.StartsWith('+')) ?? parts[0]).TrimStart('+');
    }

    private static string ReplaceHead(string form, string inflected)
    {
        var parts = form.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var headIndex = Math.Max(0, Array.FindIndex(parts, p => p.StartsWith('+')));
        parts[headIndex] = (parts[headIndex].StartsWith('+') ? "+" : "") + inflected;
        return string.Join('_', parts);
    }

    /// <summary>The regular forms PETRARCH generates: -S/-ES, -ED/-D, -ING (a final E dropped, Y after a consonant to IE/I).</summary>
    internal static IEnumerable<string> RegularForms(string verb)
    {
        var v = verb.ToUpperInvariant();
        if (v.Length < 2)
        {
            yield break;
        }

        var consonantY = v.EndsWith('Y') && !"AEIOU".Contains(v[^2], StringComparison.Ordinal);
        yield return DictionaryLines.Plural(v);
        yield return consonantY ? v[..^1] + "IED" : v.EndsWith('E') ? v + "D" : v + "ED";
        yield return v.EndsWith('E') && !v.EndsWith("EE", StringComparison.Ordinal) ? v[..^1] + "ING" : v + "ING";
    }

    private VerbPattern? ParsePattern(string text)
    {
        var codeMatch = CodePattern().Match(text);
        if (!codeMatch.Success)
        {
            return null;
        }

        var body = text[..codeMatch.Index].Replace('(', ' ').Replace(')', ' ').Replace('{', ' ').Replace('}', ' ');
        var elements = new List<(PatternElement? Element, bool IsVerb)>();
        foreach (var item in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = item.Split('_');
            for (var k = 0; k < pieces.Length; k++)
            {
                var piece = pieces[k];
                var tiedToPrevious = k > 0;
                if (piece.Length == 0)
                {
                    continue;
                }

                if (piece == "*")
                {
                    elements.Add((new PatternElement(PatternElementKind.Word, "*", tiedToPrevious), true));
                    continue;
                }

                var kind = piece switch
                {
                    "$" => PatternElementKind.Source,
                    "+" => PatternElementKind.Target,
                    "%" => PatternElementKind.Compound,
                    "^" => PatternElementKind.Skip,
                    _ when piece[0] == '&' => PatternElementKind.Synset,
                    _ => PatternElementKind.Word,
                };
                var value = kind == PatternElementKind.Synset ? piece.TrimEnd('_') : kind == PatternElementKind.Word ? EventTokenizer.KeyOf(piece) : piece;
                elements.Add((new PatternElement(kind, value, tiedToPrevious), false));
            }
        }

        var verbAt = elements.FindIndex(e => e.IsVerb);
        if (verbAt < 0)
        {
            return null;
        }

        // Before the verb, elements are matched from the verb outwards: the tie of an element to its neighbour
        // nearer the verb is the tie recorded on that neighbour (or on the verb).
        var before = new List<PatternElement>();
        for (var k = verbAt - 1; k >= 0; k--)
        {
            var tied = elements[k + 1].Element!.Adjacent;
            before.Add(elements[k].Element! with { Adjacent = tied });
        }

        var after = elements.Skip(verbAt + 1).Select(e => e.Element!).ToList();
        return new VerbPattern([.. before], [.. after], EventCodePair.Parse(codeMatch.Groups["code"].Value), _patternOrder++);
    }

    [GeneratedRegex(@"^-*\s*(?<name>[^\[]*?)\s*\[(?<code>[^\]]*)\]")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"\[(?<code>[^\]]*)\]")]
    private static partial Regex CodePattern();
}
