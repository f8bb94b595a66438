namespace Corroborate.Events;

/// <summary>
/// The code a pattern gives: <see cref="Primary"/> for source → target, and for paired codes ("[032:033]", a visit
/// and receiving the visit) <see cref="Reverse"/> for target → source. A null <see cref="Primary"/> ("[---]") codes nothing.
/// </summary>
public sealed record EventCodePair(string? Primary, string? Reverse)
{
    public static EventCodePair None { get; } = new(null, null);

    public static EventCodePair Parse(string body)
    {
        var parts = body.Trim().Split(':');
        static string? Clean(string s)
        {
            s = s.Trim();
            return s.Length == 0 || s.All(c => c == '-') ? null : s.ToUpperInvariant();
        }

        return new EventCodePair(Clean(parts[0]), parts.Length > 1 ? Clean(parts[1]) : null);
    }
}
