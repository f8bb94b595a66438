using Corroborate.Extraction;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>
/// The dictionaries a coder reads: verb patterns, actors, agents and discards (PETRARCH formats). The built-in set is
/// the bundled CAMEO.2.0 verbs and Phoenix agents with countries, demonyms and capitals from our gazetteer;
/// <see cref="FromDirectory"/> reads a user's PETRARCH dictionaries instead.
/// </summary>
public sealed class EventDictionaries
{
    private static readonly Lazy<EventDictionaries> BuiltInSet = new(LoadBuiltIn);

    public VerbDictionary Verbs { get; private init; } = new();

    public ActorDictionary Actors { get; private init; } = new();

    /// <summary>Sentences holding one of these phrases are not coded (sport, weather… in the PETRARCH discards).</summary>
    public PhraseIndex<bool> Discards { get; private init; } = new();

    /// <summary>Country names, demonyms and capitals as actors, when set.</summary>
    public Gazetteer? Gazetteer { get; init; }

    public static EventDictionaries Default => BuiltInSet.Value;

    /// <summary>Whether these are the built-in dictionaries, for which <see cref="CodingConfidence"/> was measured.</summary>
    public bool IsBuiltIn { get; private init; }

    /// <summary>
    /// These dictionaries with <paramref name="gazetteer"/>'s countries, demonyms and capitals as actors (the verbs, actors
    /// and discards are shared, not copied): how a user's places reach the event coder.
    /// </summary>
    public EventDictionaries WithGazetteer(Gazetteer gazetteer) => ReferenceEquals(gazetteer, Gazetteer)
        ? this
        : new EventDictionaries { Verbs = Verbs, Actors = Actors, Discards = Discards, Gazetteer = gazetteer, IsBuiltIn = IsBuiltIn };

    /// <summary>
    /// Reads every PETRARCH dictionary in <paramref name="directory"/> whose file name starts with
    /// <paramref name="prefix"/> (all when null): *verbs*/CAMEO* as verbs, *actors* as actors, *agents*, *discards*.
    /// </summary>
    public static EventDictionaries FromDirectory(string directory, string? prefix = null, Gazetteer? gazetteer = null)
    {
        var dictionaries = new EventDictionaries { Gazetteer = gazetteer };
        var files = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal)
            .Where(f => prefix is null || Path.GetFileName(f).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file).ToUpperInvariant();
            using var reader = File.OpenText(file);
            if (name.Contains("VERBS", StringComparison.Ordinal) || name.StartsWith("CAMEO", StringComparison.Ordinal))
            {
                dictionaries.Verbs.Read(reader);
            }
            else if (name.Contains("ACTORS", StringComparison.Ordinal))
            {
                dictionaries.Actors.ReadActors(reader);
            }
            else if (name.Contains("AGENTS", StringComparison.Ordinal))
            {
                dictionaries.Actors.ReadAgents(reader);
            }
            else if (name.Contains("DISCARDS", StringComparison.Ordinal))
            {
                dictionaries.ReadDiscards(reader);
            }
        }

        if (dictionaries.Verbs.FormCount == 0)
        {
            throw new InvalidDataException($"No verb dictionary (*verbs*.txt or CAMEO*.txt) in {directory}.");
        }

        return dictionaries;
    }

    /// <summary>Reads the named PETRARCH files (any may be null but the verbs).</summary>
    public static EventDictionaries FromFiles(string verbs, string? actors, string? agents, string? discards, Gazetteer? gazetteer = null)
    {
        var dictionaries = new EventDictionaries { Gazetteer = gazetteer };
        using (var reader = File.OpenText(verbs))
        {
            dictionaries.Verbs.Read(reader);
        }

        if (actors is not null)
        {
            using var reader = File.OpenText(actors);
            dictionaries.Actors.ReadActors(reader);
        }

        if (agents is not null)
        {
            using var reader = File.OpenText(agents);
            dictionaries.Actors.ReadAgents(reader);
        }

        if (discards is not null)
        {
            using var reader = File.OpenText(discards);
            dictionaries.ReadDiscards(reader);
        }

        return dictionaries;
    }

    public void ReadDiscards(TextReader reader)
    {
        foreach (var line in DictionaryLines.Read(reader))
        {
            var words = DictionaryLines.Words(line.Trim().TrimStart('+'));
            if (words.Length > 0)
            {
                Discards.Add(words, true);
            }
        }
    }

    private static EventDictionaries LoadBuiltIn()
    {
        var dictionaries = new EventDictionaries { Gazetteer = Gazetteer.Default, IsBuiltIn = true };
        using (var verbs = Open("CAMEO.2.0.txt"))
        {
            dictionaries.Verbs.Read(verbs);
        }

        ApplyCorrections(dictionaries.Verbs, ResourceText.Lines("Events/cameo-corrections.txt"));

        using (var agents = Open("Phoenix.agents.txt"))
        {
            dictionaries.Actors.ReadAgents(agents);
        }

        return dictionaries;
    }

    /// <summary>
    /// Applies our corrections (<c>VERB [CODE]</c> lines, <c>Resources/Events/cameo-corrections.txt</c>) to the verbs'
    /// own codes; a line that is no correction, or names no verb of the dictionary, is an error naming it.
    /// </summary>
    internal static void ApplyCorrections(VerbDictionary verbs, IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Split('#', 2)[0].Trim();
            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (line.Length == 0)
            {
                continue;
            }

            if (open <= 0 || close < open)
            {
                throw new InvalidDataException($"cameo-corrections.txt: '{raw}' is not 'VERB [CODE]'");
            }

            var verb = line[..open].Trim();
            if (verbs.CorrectCode(verb, EventCodePair.Parse(line[(open + 1)..close])) == 0)
            {
                throw new InvalidDataException($"cameo-corrections.txt: '{verb}' is no verb of the dictionary");
            }
        }
    }

    private static StreamReader Open(string name) => ResourceText.Open("Events/" + name);
}
