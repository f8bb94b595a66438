namespace Corroborate.Extraction;

/// <summary>Kinds of named entity. <see cref="Unknown"/> mentions wait for the resolver to decide from the story.</summary>
public enum EntityType
{
    Unknown,
    Person,
    Organisation,
    Place,
}
