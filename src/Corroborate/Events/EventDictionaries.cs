using System.IO.Compression;
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

    private static readonly Lazy<EventDictionaries> NamedActorsSet = new(LoadWithNamedActors);

    /// <summary>How long after a dictionary's last date its open-ended office codes are trusted (a four-year term).</summary>
    private const int OpenEndedYears = 4;

    /// <summary>
    /// Phoenix's actor dictionaries (PETRARCH 2, MIT), embedded gzipped and unchanged: the names of office-holders
    /// (dated codes), IGOs, NGOs, companies and armed groups, which the built-in set leaves to the gazetteer and agents.
    /// </summary>
    private static readonly string[] PhoenixActorFiles = ["Phoenix.Countries.actors.txt.gz", "Phoenix.International.actors.txt.gz", "Phoenix.MilNonState.actors.txt.gz"];

    public VerbDictionary Verbs { get; private init; } = new();

    public ActorDictionary Actors { get; private init; } = new();

    /// <summary>Sentences holding one of these phrases are not coded (sport, weather… in the PETRARCH discards).</summary>
    public PhraseIndex<bool> Discards { get; private init; } = new();

    /// <summary>Country names, demonyms and capitals as actors, when set.</summary>
    public Gazetteer? Gazetteer { get; init; }

    public static EventDictionaries Default => BuiltInSet.Value;

    /// <summary>
    /// <see cref="Default"/> with Phoenix's named actors (<c>--named-actors</c>). Not the default: on the PLOVER
    /// development half they add right codings and wrong ones alike (recall 0.294 → 0.319, category precision
    /// 0.919 → 0.873; docs/events.md, "Tenth pass").
    /// </summary>
    public static EventDictionaries WithNamedActors => NamedActorsSet.Value;

    /// <summary>Whether these are the built-in dictionaries, for which <see cref="CodingConfidence"/> was measured.</summary>
    public bool IsBuiltIn { get; private init; }

    /// <summary>
    /// Whether an actor name matches only where its first word is capitalised in the text. PETRARCH reads upper-cased
    /// text, so its country-level dictionaries list names that are also common words ("pole" for a Pole, "west bank",
    /// "us" for the United States); the built-in set reads them as names only, as the gazetteer does. A user's
    /// dictionaries match as PETRARCH matches (the validation records rely on it).
    /// </summary>
    public bool NamesNeedCapital { get; private init; }

    /// <summary>
    /// These dictionaries with <paramref name="gazetteer"/>'s countries, demonyms and capitals as actors (the verbs, actors
    /// and discards are shared, not copied): how a user's places reach the event coder.
    /// </summary>
    public EventDictionaries WithGazetteer(Gazetteer gazetteer) => ReferenceEquals(gazetteer, Gazetteer)
        ? this
        : new EventDictionaries { Verbs = Verbs, Actors = Actors, Discards = Discards, Gazetteer = gazetteer, IsBuiltIn = IsBuiltIn, NamesNeedCapital = NamesNeedCapital };

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
        var dictionaries = new EventDictionaries { Gazetteer = Gazetteer.Default, IsBuiltIn = true, NamesNeedCapital = true };
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
    /// The built-in verbs, agents, corrections and gazetteer with the Phoenix country-level, international and
    /// non-state actor dictionaries added (named office-holders with dated codes, IGOs, NGOs, armed groups). Read on
    /// first use only (about 0.3 s CPU and 50 MB), so a run that does not ask for them does not pay for them.
    /// </summary>
    private static EventDictionaries LoadWithNamedActors()
    {
        var builtIn = Default;
        var actors = new ActorDictionary();
        using (var agents = Open("Phoenix.agents.txt"))
        {
            actors.ReadAgents(agents);
        }

        foreach (var name in PhoenixActorFiles)
        {
            using var gzip = new GZipStream(ResourceText.OpenBytes("Events/" + name), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            actors.ReadActors(reader);
        }

        // Offices change: four years after the last date the dictionaries know (February 2015), an open-ended office code
        // says only which country the person is from (a president's term; "Raul Castro" is CUBGOV from 2006 on for ever).
        actors.OpenEndedUntil = actors.Latest?.AddYears(OpenEndedYears);
        return new EventDictionaries
        {
            Verbs = builtIn.Verbs, Actors = actors, Discards = builtIn.Discards, Gazetteer = builtIn.Gazetteer, IsBuiltIn = true, NamesNeedCapital = true,
        };
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
