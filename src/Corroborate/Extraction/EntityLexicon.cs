using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>The word lists entity extraction reads (roles, organisation and place cues, stop words), loaded once.</summary>
public sealed class EntityLexicon
{
    private EntityLexicon()
    {
        var roles = ResourceText.Lines("Entities/roles.txt").Select(l => l.Split('\t')).ToList();
        Roles = roles.ToFrozenDictionary(r => r[0], r => r.Length > 1 ? ParseRoleKind(r[1]) : RoleKind.Official, StringComparer.OrdinalIgnoreCase);
        MaxRoleTokens = roles.Max(r => r[0].Split(' ').Length);
        OrganisationCues = ResourceText.Set("Entities/organisation-cues.txt", StringComparer.Ordinal);
        PlaceCues = ResourceText.Set("Entities/place-cues.txt", StringComparer.Ordinal);
        Stopwords = ResourceText.Set("Entities/capitalised-stopwords.txt", StringComparer.Ordinal);
        Connectors = ResourceText.Set("Entities/organisation-connectors.txt", StringComparer.Ordinal);
        NonPersonWords = ResourceText.Set("Entities/non-person-words.txt", StringComparer.OrdinalIgnoreCase);
        // Our list of common names plus office-holders' given names from the Phoenix dictionary (tools/given-names-from-phoenix.py).
        GivenNames = ResourceText.Lines("Entities/given-names.txt").Concat(ResourceText.Lines("Entities/given-names-phoenix.txt")).ToFrozenSet(StringComparer.Ordinal);
        CoreGivenNames = ResourceText.Set("Entities/given-names.txt", StringComparer.Ordinal);
        // More given names (the Moby lists, tools/given-names-from-moby.py): too many that are also surnames, towns and firms
        // ("Dallas", "Wells", "Warner") to type a name, so they only keep a name the capitals already made a person's.
        MoreGivenNames = ResourceText.Set("Entities/given-names-moby.txt", StringComparer.Ordinal);
        ThingCues = ResourceText.Set("Entities/thing-cues.txt", StringComparer.Ordinal);
        NewsLabels = ResourceText.Set("Entities/news-labels.txt", StringComparer.Ordinal);
        CommonNouns = ResourceText.Set("Entities/capitalised-common-nouns.txt", StringComparer.Ordinal);
        ThingNounsAfter = ResourceText.Set("Entities/thing-nouns-after.txt", StringComparer.Ordinal);
        CommonAcronyms = ResourceText.Set("Entities/common-acronyms.txt", StringComparer.Ordinal);
        SpeechVerbs = ResourceText.Set("Entities/speech-verbs.txt", StringComparer.Ordinal);
        RoleQualifiers = ResourceText.Set("Entities/role-qualifiers.txt", StringComparer.Ordinal);
        ProductModifiers = ResourceText.Set("Entities/product-modifiers.txt", StringComparer.Ordinal);
        WorkNounsAfter = ResourceText.Set("Entities/work-nouns-after.txt", StringComparer.Ordinal);
        VehicleNounsAfter = ResourceText.Set("Entities/vehicle-nouns-after.txt", StringComparer.Ordinal);
        Prepositions = ResourceText.Set("Entities/prepositions.txt", StringComparer.Ordinal);
        Languages = ResourceText.Set("Entities/languages.txt", StringComparer.Ordinal);
        var teamVerbs = ResourceText.Lines("Entities/team-verbs.txt").Select(l => l.Split('\t')).Where(c => c.Length == 2).ToList();
        TeamWordsAfter = teamVerbs.Where(c => c[0] == "after").Select(c => c[1]).ToFrozenSet(StringComparer.Ordinal);
        TeamWordsBefore = teamVerbs.Where(c => c[0] is "before" or "before2").Select(c => c[1]).ToFrozenSet(StringComparer.Ordinal);
        FunctionWords = ResourceText.Set("LanguageProfiles/en.stopwords.txt", StringComparer.Ordinal);
        CueNouns = ResourceText.Lines("Entities/cue-nouns.txt").Select(l => l.Split('\t')).Where(c => c.Length == 2)
            .ToFrozenDictionary(c => c[0], c => c[1] switch
            {
                "person" => EntityType.Person,
                "organisation" => EntityType.Organisation,
                "place" => EntityType.Place,
                "none" => EntityType.Unknown,
                _ => throw new InvalidDataException($"unknown type in cue-nouns.txt: {c[1]}"),
            }, StringComparer.Ordinal);
    }

    public static EntityLexicon Default { get; } = new();

    /// <summary>Role or title → its kind (head-of-state, minister, military, honorific…).</summary>
    public FrozenDictionary<string, RoleKind> Roles { get; }

    /// <summary>The kinds as <c>roles.txt</c> spells them (the lexicon's format, not the contract's).</summary>
    private static RoleKind ParseRoleKind(string kind) => kind switch
    {
        "official" => RoleKind.Official,
        "head-of-state" => RoleKind.HeadOfState,
        "head-of-government" => RoleKind.HeadOfGovernment,
        "minister" => RoleKind.Minister,
        "military" => RoleKind.Military,
        "religious" => RoleKind.Religious,
        "royal" => RoleKind.Royal,
        "honorific" => RoleKind.Honorific,
        _ => throw new InvalidDataException($"Resources/Entities/roles.txt: unknown role kind '{kind}'"),
    };

    public int MaxRoleTokens { get; }

    public FrozenSet<string> OrganisationCues { get; }

    public FrozenSet<string> PlaceCues { get; }

    public FrozenSet<string> Stopwords { get; }

    public FrozenSet<string> Connectors { get; }

    public FrozenSet<string> NonPersonWords { get; }

    /// <summary>Languages that are no demonym ("Mandarin", "Swahili"): alone, a language names no entity.</summary>
    public FrozenSet<string> Languages { get; }

    /// <summary>Common given names: a phrase opening with one is a person; a lone one is never guessed to be an organisation.</summary>
    public FrozenSet<string> GivenNames { get; }

    /// <summary>Our own short list of common given names alone, none of them a town's name ("Joe", not "Austin" or "Dallas").</summary>
    public FrozenSet<string> CoreGivenNames { get; }

    /// <summary>Words that make a capitalised phrase a law, a prize, a storm, a war or an event ("Act", "Award", "Hurricane"): no entity.</summary>
    public FrozenSet<string> ThingCues { get; }

    /// <summary>Words a page uses as labels ("Updated", "POSTED", "Notes", "Advertisement"), compared title-cased: alone they are no name.</summary>
    public FrozenSet<string> NewsLabels { get; }

    /// <summary>Common nouns often written capitalised ("the Internet", "Web site", "the Constitution"): alone they name none of our kinds.</summary>
    public FrozenSet<string> CommonNouns { get; }

    /// <summary>Lower-case nouns that make the name before them the name of a thing ("Alzheimer's disease", "Zika virus"): no entity.</summary>
    public FrozenSet<string> ThingNounsAfter { get; }

    /// <summary>Abbreviations of common nouns and designations ("GPS", "PhD", "RBI"): no names.</summary>
    public FrozenSet<string> CommonAcronyms { get; }

    /// <summary>Verbs that attribute speech ("said", "told"): a name next to one is someone speaking.</summary>
    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>Capitalised words that qualify a role ("Assistant", "District", "City", "Fire"): with a role or alone they name nobody.</summary>
    public FrozenSet<string> RoleQualifiers { get; }

    /// <summary>Colours and finishes between a determiner and a name that make it a product ("a silver Ford Fusion").</summary>
    public FrozenSet<string> ProductModifiers { get; }

    /// <summary>Lower-case nouns after a quoted title that make it a work ("the “Quiet Rivers” star").</summary>
    /// <summary>Given names that only confirm a person the capitals suggested (`given-names-moby.txt`), never type a name.</summary>
    public FrozenSet<string> MoreGivenNames { get; }

    public FrozenSet<string> WorkNounsAfter { get; }

    /// <summary>Lower-case nouns after a short name that make it a vehicle's, craft's or weapon's make ("a Chetak helicopter").</summary>
    public FrozenSet<string> VehicleNounsAfter { get; }

    /// <summary>English prepositions: after a name, one ends its noun phrase ("a Dumpster outside").</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Words after a city's name that make it its team's ("Cleveland beat", "Cleveland coach").</summary>
    public FrozenSet<string> TeamWordsAfter { get; }

    /// <summary>Words or two-word phrases before a city's name that make it its team's ("against Cleveland", "lost to Cleveland").</summary>
    public FrozenSet<string> TeamWordsBefore { get; }

    /// <summary>English function words ("that", "with", "from"): lower case even in a Title Case headline.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>
    /// Lower-case nouns that type the name after them ("firm Trend Micro", "lawyer Mark Heller", "hometown of
    /// Wasilla"); <see cref="EntityType.Unknown"/> for things that are no entity ("sitcom Scrubs", "vessel Gibe").
    /// </summary>
    public FrozenDictionary<string, EntityType> CueNouns { get; }
}
