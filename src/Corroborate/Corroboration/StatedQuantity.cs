using Corroborate.Extraction;

namespace Corroborate.Corroboration;

/// <summary>
/// A number as an article states it: its value, how it is hedged (<see cref="Approximations"/>), the high end
/// of a range, and how many decimals it is given to. <see cref="Factor"/> turns it into its dimension's base
/// unit (metres for "72 km"), so measures in different units compare.
/// </summary>
public readonly record struct StatedQuantity(decimal Value, string Approximation, decimal? High, int Decimals, string? Dimension, decimal Factor)
{
    /// <summary>
    /// The scale word the number was written with ("$15 billion" → 10⁹, "1.2 million" → 10⁶), else 1: the last digit
    /// written is a digit of the scale, so "$15 billion" allows $15.2 billion as "56" allows 55.7.
    /// </summary>
    public decimal Scale { get; init; } = 1;

    /// <summary>
    /// The values the statement allows, in base units: a stated number covers what rounds to it (half its last
    /// digit either way: "56" allows 55.7, "55.7" does not allow 55.95); "about" allows a tenth either way,
    /// "nearly" a tenth below, "more than" up to twice, a ceiling ("up to", "as many as", "fewer than": news gives a ceiling
    /// near the figure, not far above it) down to three quarters, a range its ends.
    /// </summary>
    public (decimal Low, decimal High) Interval(bool asStated = false)
    {
        var half = (Decimals > 0 ? 0.5m / Pow10(Decimals) : 0.5m) * Scale;
        var (low, high) = (asStated ? Approximations.Exact : Approximation) switch
        {
            Approximations.About => (Value * 0.9m, Value * 1.1m),
            Approximations.Nearly => (Value * 0.9m, Value),
            Approximations.AtLeast => (Value, Value * 2),
            Approximations.AtMost => (Value * 0.75m, Value),
            Approximations.Range => (Value, High ?? Value),
            _ => (Value, Value),
        };
        return ((low - half) * Factor, (high + half) * Factor);
    }

    /// <summary>
    /// Whether two statements can both be true. Two hedged the same way ("about 400" and "about 601", "more
    /// than 20" and "more than 26") are compared as stated: they give different estimates of one figure.
    /// </summary>
    public bool CompatibleWith(StatedQuantity other)
    {
        // Stated in different units ("600 metres", "2,000 feet"), one is a conversion of the other: compared by the hedge.
        var asStated = Approximation == other.Approximation && Approximation is not Approximations.Exact and not Approximations.Range && Factor == other.Factor;
        var (lowA, highA) = Interval(asStated);
        var (lowB, highB) = other.Interval(asStated);
        return Math.Max(lowA, lowB) < Math.Min(highA, highB);
    }

    /// <summary>The statement as shown: "23", "about 400", "20-30", "more than 20".</summary>
    public string Display()
    {
        var value = Value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);
        return Approximation switch
        {
            Approximations.About => "about " + value,
            Approximations.Nearly => "nearly " + value,
            Approximations.AtLeast => "at least " + value,
            Approximations.AtMost => "at most " + value,
            Approximations.Range => value + "-" + (High ?? Value).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }
}
