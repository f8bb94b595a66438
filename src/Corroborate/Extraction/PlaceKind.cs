namespace Corroborate.Extraction;

/// <summary>What a gazetteer name stands for.</summary>
public enum PlaceKind
{
    Country,
    Demonym,
    Capital,
    City,
    Region,

    /// <summary>A state, province or other first-level division of a country (California, British Columbia).</summary>
    Subdivision,

    /// <summary>A bloc of states (EU, NATO): typed as an organisation, kept here because the gazetteer knows it.</summary>
    Bloc,
}
