using System.Globalization;

namespace Corroborate.Extraction;

/// <summary>
/// Values of numbers written as digits ("1,200", "3.5") or words ("twenty-five", "two hundred and fifty",
/// "a dozen", "1.2 million" when given word by word through <see cref="Accumulator"/>).
/// </summary>
internal static class NumberWordParser
{
    /// <summary>One token: digits, a number word, or hyphenated number words; "a"/"an" count as one.</summary>
    public static decimal? Parse(ReadOnlySpan<char> token)
    {
        if (token.Length == 0)
        {
            return null;
        }

        if (char.IsAsciiDigit(token[0]))
        {
            return ParseDigits(token);
        }

        if (token.Equals("a", StringComparison.OrdinalIgnoreCase) || token.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var accumulator = new Accumulator();
        foreach (var range in token.Split('-'))
        {
            if (!accumulator.Add(token[range]))
            {
                return null;
            }
        }

        return accumulator.Value;
    }

    /// <summary>"1,200" and "3.5"; commas must group thousands, so "1,2" is not a number.</summary>
    public static decimal? ParseDigits(ReadOnlySpan<char> token)
    {
        if (token.Contains(','))
        {
            var dot = token.IndexOf('.');
            var whole = dot < 0 ? token : token[..dot];
            var first = whole.IndexOf(',');
            if (first is < 1 or > 3 || (whole.Length - first) % 4 != 0)
            {
                return null;
            }

            for (var i = first; i < whole.Length; i += 4)
            {
                if (whole[i] != ',')
                {
                    return null;
                }
            }
        }

        return decimal.TryParse(token, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Builds a value from number words in reading order: small numbers add, scale words multiply.</summary>
    public struct Accumulator
    {
        private decimal _total;
        private decimal _current;

        public bool Any { get; private set; }

        public readonly decimal Value => _total + _current;

        /// <summary>Adds one word; false when it is not a number word (the caller's phrase ends before it).</summary>
        public bool Add(ReadOnlySpan<char> word)
        {
            if (!TimeWords.NumberLookup.TryGetValue(word, out var value))
            {
                return false;
            }

            try
            {
                if (value >= 1000)
                {
                    _total += (_current == 0 ? 1 : _current) * value;
                    _current = 0;
                }
                else if (value is 100 or 12 && (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("dozen", StringComparison.OrdinalIgnoreCase)))
                {
                    _current = (_current == 0 ? 1 : _current) * value;
                }
                else
                {
                    _current += value;
                }
            }
            catch (OverflowException)
            {
                // Past decimal's range (~7.9e28) no one is counting anything: the phrase ends before this word.
                return false;
            }

            Any = true;
            return true;
        }

        /// <summary>Starts from a digit value ("1.2" before "million").</summary>
        public void Seed(decimal value)
        {
            _current = value;
            Any = true;
        }
    }
}
