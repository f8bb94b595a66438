namespace Corroborate.Extraction;

/// <summary>One name the gazetteer knows: its kind, the country it belongs to (ISO 3166 alpha-3) and the canonical place name.</summary>
/// <param name="Coordinates">Where it is: a country's centroid, a city's own point, a subdivision's centre of settlement; null when unknown.</param>
/// <param name="Fips">The country's FIPS 10-4 code (GDELT's country code: "IR", "UK", "RS"); null when unknown.</param>
/// <param name="Adm1">A subdivision's or city's first-level division in GDELT form (FIPS country + ADM1: "USCA", "PK05"); null when unknown.</param>
public sealed record GazetteerEntry(
    PlaceKind Kind,
    string? CountryCode,
    string? CameoCode,
    string CanonicalName,
    string CountryName,
    GeoPoint? Coordinates = null,
    string? Fips = null,
    string? Adm1 = null);
