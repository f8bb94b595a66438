using System.Collections.Immutable;

namespace Corroborate.Reporting;

/// <summary>One numbered source of a briefing: an article, with its outlet ("" when none is known).</summary>
public sealed record ViewSource(int Number, string ArticleId, string Outlet);

/// <summary>A summary sentence with the numbers of the sources that state it and, per number, the words they use.</summary>
public sealed record ViewSentence(string? Speaker, string Sentence, ImmutableArray<int> Citations, ImmutableArray<string> CitationTexts);

/// <summary>A key fact: the claim, how many outlets (and independent sources) tell it, and which.</summary>
public sealed record ViewFact(string Text, string Support, ImmutableArray<string> Outlets, bool Disputed);

/// <summary>One side of a discrepancy: the words, the publication day (updates only, yyyy-MM-dd), the sources.</summary>
public sealed record ViewSide(string Text, string? Published, ImmutableArray<int> Citations);

/// <summary>A discrepancy: the field outlets differ on, its kind (contradiction, update, precision), the claim, the sides.</summary>
public sealed record ViewDiscrepancy(string Field, string Kind, string ClaimText, ImmutableArray<ViewSide> Sides);

/// <summary>A quotation with its sources; <see cref="WordingDiffers"/> when outlets give it in different words.</summary>
public sealed record ViewQuote(string Text, ImmutableArray<int> Citations, int Articles, bool Verbatim, bool WordingDiffers);

/// <summary>A speaker's quotations, most repeated first ("Unattributed" last).</summary>
public sealed record ViewSpeaker(string Speaker, ImmutableArray<ViewQuote> Quotes);

/// <summary>A dated happening (yyyy-MM-dd) with its granularity, description and sources.</summary>
public sealed record ViewDate(string Date, string Granularity, string Description, int Articles, ImmutableArray<int> Citations);

/// <summary>A CAMEO event as the briefing shows it.</summary>
public sealed record ViewEvent(
    string? Date, string SourceName, string SourceCode, string Label, string Code, string TargetName, string TargetCode,
    string? Location, int Outlets, int Mentions, ImmutableArray<int> Citations);

/// <summary>A claim one outlet alone reports, with the source that tells it.</summary>
public sealed record ViewClaim(string Text, int Citation);

/// <summary>An outlet that alone reports some claims: how many, and the first few.</summary>
public sealed record ViewOutletClaims(string Outlet, int Count, ImmutableArray<ViewClaim> Claims);

/// <summary>An entity of "Who and where": name, type, mentions, articles, other forms of its name.</summary>
public sealed record ViewEntity(string Name, string Type, int Mentions, int Articles, ImmutableArray<string> Variants);

/// <summary>A story member that copies another.</summary>
public sealed record ViewDuplicate(string Id, string DuplicateOf);

/// <summary>A failure that belongs to the story (a stage, or an article a stage left out).</summary>
public sealed record ViewError(string Source, string Message, string? Story);
