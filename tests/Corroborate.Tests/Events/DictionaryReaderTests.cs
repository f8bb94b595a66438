using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>The PETRARCH dictionary formats, read from small dictionaries written for these tests.</summary>
public sealed class DictionaryReaderTests
{
    private const string Verbs = """
        &TIES
        +DIPLOMATIC_TIES
        +RELATIONS

        --- RESTORE [---] ---
        RESTORE
        - * &TIES [064]
        - * TRADE [061]

        --- TRAVEL [042:043] ---
        TRAVEL {TRAVELS TRAVELLED TRAVELLING}
        +FLY_TO {+FLEW_TO +FLIES_TO}

        --- STRIKE [190] ---
        KICK
        HIT
        - * OFF [046]  # KICK
        - * DEAL [057]  # oy 12 May 2004

        --- BEHAVE [100] ---
        ACT

        --- SHOOT [194] ---
        FIRE
        """;

    private const string Actors = """
        # comment
        NORTHLAND [NTH]
        +NORTHLANDER
        GOVERNOR_SMITH
        	[NTHGOV 20200101 - 20221231]
        	[NTHELI >20221231]
        SOUTHLAND [STH]
        """;

    private const string Agents = """
        !PERSON! = MAN, WOMAN
        PRESIDENT [~GOV]
        SPOKES!PERSON! [~GOV]
        AID_AGENCY {} [NGO~]
        """;

    private static EventCoder Coder()
    {
        var dictionaries = new EventDictionaries();
        dictionaries.Verbs.Read(new StringReader(Verbs));
        dictionaries.Actors.ReadActors(new StringReader(Actors));
        dictionaries.Actors.ReadAgents(new StringReader(Agents));
        return new EventCoder(dictionaries);
    }

    private static List<string> Code(string sentence, DateOnly? date = null) =>
        [.. Coder().Code(sentence, date).Select(c => $"{c.Source.Code} {c.Target.Code} {c.Code}")];

    [Fact]
    public void Patterns_with_synsets_choose_the_code_and_block_code_none_codes_nothing()
    {
        Assert.Equal(["NTH STH 064"], Code("Northland restored diplomatic ties with Southland."));
        Assert.Equal(["NTH STH 061"], Code("Northland restored trade with Southland."));
        Assert.Empty(Code("Northland restored order near Southland."));
    }

    [Fact]
    public void Paired_codes_give_the_reverse_coding_and_irregular_and_multiword_forms_are_read()
    {
        Assert.Equal(["NTH STH 042", "STH NTH 043"], Code("Northland travelled to Southland."));
        Assert.Equal(["NTH STH 042", "STH NTH 043"], Code("Northland flew to Southland."));
    }

    [Fact]
    public void Dated_actor_codes_follow_the_date_and_synonyms_share_codes()
    {
        Assert.Equal(["NTHGOV STH 042", "STH NTHGOV 043"], Code("Governor Smith travelled to Southland.", new DateOnly(2021, 5, 1)));
        Assert.Equal(["NTHELI STH 042", "STH NTHELI 043"], Code("Governor Smith travelled to Southland.", new DateOnly(2023, 5, 1)));
        Assert.Equal(["NTH STH 042", "STH NTH 043"], Code("A Northlander travelled to Southland."));
    }

    [Fact]
    public void Of_two_dated_codes_covering_the_date_the_one_that_began_last_wins()
    {
        // An open-ended code a dictionary forgot to close (Phoenix lists a Soviet republic as [USR… >date] and the
        // independent state after it) gives way to the one that began later; before the later one, the earlier holds.
        IReadOnlyList<ActorCode> codes = [new("OLDNTH", From: new DateOnly(1991, 10, 17)), new("NTH", From: new DateOnly(1991, 12, 22))];

        Assert.Equal("NTH", ActorDictionary.CodeOn(codes, new DateOnly(2012, 1, 1)));
        Assert.Equal("OLDNTH", ActorDictionary.CodeOn(codes, new DateOnly(1991, 11, 1)));
    }

    [Fact]
    public void An_open_ended_office_code_gives_only_the_country_once_the_dictionary_cannot_know_the_office()
    {
        IReadOnlyList<ActorCode> codes = [new("NTHGOV", From: new DateOnly(2010, 1, 1)), new("NTHELI")];
        var until = new DateOnly(2019, 2, 17);

        Assert.Equal("NTHGOV", ActorDictionary.CodeOn(codes, new DateOnly(2016, 5, 1), until));
        Assert.Equal("NTH", ActorDictionary.CodeOn(codes, new DateOnly(2023, 5, 1), until));
        Assert.Equal("NTHGOV", ActorDictionary.CodeOn(codes, new DateOnly(2023, 5, 1)));
        Assert.Equal("IGOUNO", ActorDictionary.CodeOn([new("IGOUNO", From: new DateOnly(2010, 1, 1))], new DateOnly(2023, 5, 1), until));
    }

    [Fact]
    public void Agents_add_sectors_with_substitutions_and_generated_plurals()
    {
        Assert.Contains("NTHGOV STH 042", Code("The Northland president travelled to Southland."));
        Assert.Contains("NTHGOV STH 042", Code("A Northland spokeswoman travelled to Southland."));
        Assert.Contains("NTHGOV STH 042", Code("Northland presidents travelled to Southland."));
        Assert.Contains("NGONTH STH 042", Code("A Northland aid agency travelled to Southland."));
    }

    [Fact]
    public void A_pattern_whose_comment_names_a_verb_of_its_block_is_for_that_verb_only()
    {
        Assert.Equal(["NTH STH 046"], Code("Northland kicked off talks with Southland."));
        Assert.Equal(["NTH STH 190"], Code("Northland hit Southland off the coast."));
        // A comment that names no verb of the block ("oy 12 May 2004") leaves the pattern for every verb.
        Assert.Equal(["NTH STH 057"], Code("Northland hit a deal with Southland."));
    }

    [Theory]
    [InlineData("Northland acted oddly with respect to Southland.", "NTH STH 100")]
    [InlineData("Northland fired two shells near a vessel from Southland.", "NTH STH 194")]
    public void A_compound_preposition_and_a_place_near_which_force_is_used_name_the_target(string sentence, string expected)
    {
        Assert.Equal([expected], Code(sentence));
    }

    [Fact]
    public void A_user_dictionary_keeps_codings_of_every_confidence()
    {
        var coding = Assert.Single(Coder().Code("Northland travelled to Southland."), c => c.Code == "042");

        Assert.True(coding.Confidence < CodingConfidence.Minimum, $"confidence {coding.Confidence}");
    }

    [Fact]
    public void Corrections_replace_a_verbs_own_code_and_leave_its_patterns()
    {
        var dictionaries = new EventDictionaries();
        dictionaries.Verbs.Read(new StringReader(Verbs));
        dictionaries.Actors.ReadActors(new StringReader(Actors));

        EventDictionaries.ApplyCorrections(dictionaries.Verbs, ["KICK [---]   # 190: kicking off is no force"]);
        var coder = new EventCoder(dictionaries);

        Assert.Empty(coder.Code("Northland kicked Southland."));
        Assert.Equal(["NTH STH 046"], coder.Code("Northland kicked off talks with Southland.").Select(c => $"{c.Source.Code} {c.Target.Code} {c.Code}"));
    }

    [Theory]
    [InlineData("KICK 190")]
    [InlineData("FLOAT [---]")]
    public void A_correction_that_is_malformed_or_names_no_verb_is_refused_naming_it(string line)
    {
        var dictionaries = new EventDictionaries();
        dictionaries.Verbs.Read(new StringReader(Verbs));

        var error = Assert.Throws<InvalidDataException>(() => EventDictionaries.ApplyCorrections(dictionaries.Verbs, [line]));
        Assert.Contains(line.Split(' ')[0], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_corrections_leave_dying_and_taking_without_a_code_of_their_own()
    {
        Assert.All(EventDictionaries.Default.Verbs.Find("DIED")!.Where(e => e.ParticleCount == 0), e => Assert.Null(e.Code.Primary));
        Assert.All(EventDictionaries.Default.Verbs.Find("TAKES")!.Where(e => e.ParticleCount == 0), e => Assert.Null(e.Code.Primary));
        Assert.Contains(EventDictionaries.Default.Verbs.Find("KILLED")!, e => e.Code.Primary == "190");
    }

    [Fact]
    public void Built_in_dictionaries_load_and_cameo_codes_describe_roots_and_goldstein()
    {
        Assert.True(EventDictionaries.Default.Verbs.FormCount > 5_000);
        var sign = CameoCodes.Describe("057")!;
        Assert.Equal(("05", 1, 8.0), (sign.RootCode, sign.QuadClass, sign.Goldstein));
        var criticise = CameoCodes.Describe("111")!;
        Assert.Equal(("11", 3), (criticise.RootCode, criticise.QuadClass));
        Assert.True(criticise.Goldstein < 0);
        Assert.Equal(4, CameoCodes.Describe("190")!.QuadClass);
        Assert.Null(CameoCodes.Describe("ABC"));
    }
}
