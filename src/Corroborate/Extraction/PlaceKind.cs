namespace Corroborate.Extraction;

/// <summary>What a gazetteer name stands for.</summary>
public enum PlaceKind
{
    Country,
    Demonym,
    Capital,
    City,
    Region,
}
