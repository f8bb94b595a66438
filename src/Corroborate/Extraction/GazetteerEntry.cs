namespace Corroborate.Extraction;

/// <summary>One name the gazetteer knows: its kind, the country it belongs to (ISO 3166 alpha-3) and the canonical place name.</summary>
public sealed record GazetteerEntry(PlaceKind Kind, string? CountryCode, string? CameoCode, string CanonicalName, string CountryName);
