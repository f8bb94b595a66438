namespace Corroborate.Events;

/// <summary>
/// One token of a sentence for event coding: <see cref="Key"/> is the dictionary form (upper case, full stops
/// dropped: "U.N." and "UN" are one key), <see cref="Start"/>/<see cref="End"/> the half-open span in the text.
/// </summary>
public readonly record struct EventToken(string Key, int Start, int End)
{
    public bool IsPunctuation => Key.Length == 1 && !char.IsLetterOrDigit(Key[0]);
}
