using System.Globalization;
using System.Text;

namespace Corroborate.Tests.Ingest.Feeds;

/// <summary>The Python subset feedparser's Expect lines use: tokenizer and recursive-descent parser.</summary>
public static partial class FeedExpectation
{
    private sealed class Parser(List<(string Kind, string Text, object? Value)> tokens)
    {
        private int _position;

        private (string Kind, string Text, object? Value) Peek => _position < tokens.Count ? tokens[_position] : ("end", "", null);

        public void ExpectEnd()
        {
            if (_position != tokens.Count)
            {
                throw new FormatException($"unexpected '{Peek.Text}' at token {_position}");
            }
        }

        public Node ParseExpression()
        {
            var left = ParseAnd();
            while (Accept("or"))
            {
                left = new Binary("or", left, ParseAnd());
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseNot();
            while (Accept("and"))
            {
                left = new Binary("and", left, ParseNot());
            }

            return left;
        }

        private Node ParseNot() => Accept("not") ? new Not(ParseNot()) : ParseComparison();

        private Node ParseComparison()
        {
            var left = ParseUnary();
            while (true)
            {
                string? op = null;
                if (Peek.Kind == "op" && Peek.Text is "==" or "!=" or "<" or ">" or "<=" or ">=")
                {
                    op = tokens[_position++].Text;
                }
                else if (Accept("in"))
                {
                    op = "in";
                }
                else if (Peek.Text == "not" && _position + 1 < tokens.Count && tokens[_position + 1].Text == "in")
                {
                    _position += 2;
                    op = "not in";
                }
                else if (Accept("is"))
                {
                    op = Accept("not") ? "is not" : "is";
                }

                if (op is null)
                {
                    return left;
                }

                // Python chains comparisons: a == b == c means a == b and b == c.
                var right = ParseUnary();
                var comparison = new Binary(op, left is Binary { Op: not ("and" or "or") } previous && IsComparison(previous.Op) ? previous.Right : left, right);
                left = left is Binary { Op: var o } chained && IsComparison(o) ? new Binary("and", chained, comparison) : comparison;
            }
        }

        private static bool IsComparison(string op) => op is "==" or "!=" or "<" or ">" or "<=" or ">=" or "in" or "not in" or "is" or "is not";

        private Node ParseUnary() => Accept("-") ? new Negate(ParseUnary()) : ParsePostfix();

        private Node ParsePostfix()
        {
            var node = ParseAtom();
            while (true)
            {
                if (Accept("["))
                {
                    node = new Subscript(node, ParseExpression());
                    Expect("]");
                }
                else if (Accept("."))
                {
                    node = new Attribute(node, tokens[_position++].Text);
                }
                else if (Accept("("))
                {
                    var args = new List<Node>();
                    while (!Accept(")"))
                    {
                        args.Add(ParseExpression());
                        Accept(",");
                    }

                    node = new Call(node, args);
                }
                else
                {
                    return node;
                }
            }
        }

        private Node ParseAtom()
        {
            var token = tokens[_position++];
            switch (token.Kind)
            {
                case "string":
                    var text = (string)token.Value!;
                    while (Peek.Kind == "string")
                    {
                        text += (string)tokens[_position++].Value!; // implicit concatenation
                    }

                    return new Literal(text);
                case "number":
                    return new Literal(token.Value);
                case "name":
                    return new Name(token.Text);
            }

            if (token.Text is "(" or "[")
            {
                var close = token.Text == "(" ? ")" : "]";
                var items = new List<Node>();
                var tuple = token.Text == "[";
                while (!Accept(close))
                {
                    items.Add(ParseExpression());
                    if (Accept(","))
                    {
                        tuple = true;
                    }
                }

                return tuple || items.Count != 1 ? new Sequence(items) : items[0];
            }

            if (token.Text == "{")
            {
                var depth = 1;
                while (depth > 0)
                {
                    var t = tokens[_position++].Text;
                    depth += t == "{" ? 1 : t == "}" ? -1 : 0;
                }

                return new DictLiteral();
            }

            throw new FormatException($"unexpected '{token.Text}'");
        }

        private bool Accept(string text)
        {
            if (_position < tokens.Count && tokens[_position].Text == text && tokens[_position].Kind is "op" or "name")
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(string text)
        {
            if (!Accept(text))
            {
                throw new FormatException($"expected '{text}' at token {_position}");
            }
        }
    }

    private static List<(string Kind, string Text, object? Value)> Tokenize(string s)
    {
        var tokens = new List<(string, string, object?)>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var prefixLength = 0;
            while (i + prefixLength < s.Length && "uUbBrR".Contains(s[i + prefixLength]) && prefixLength < 2)
            {
                prefixLength++;
            }

            if (i + prefixLength < s.Length && s[i + prefixLength] is '\'' or '"' && (prefixLength == 0 || !char.IsLetterOrDigit(i > 0 ? s[i - 1] : ' ')))
            {
                var raw = s.AsSpan(i, prefixLength).ToString().Contains('r', StringComparison.OrdinalIgnoreCase);
                i += prefixLength;
                var (value, end) = ReadString(s, i, raw);
                tokens.Add(("string", s[i..end], value));
                i = end;
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < s.Length && (char.IsDigit(s[i]) || s[i] is '.' or 'L' or 'l'))
                {
                    i++;
                }

                var number = s[start..i].TrimEnd('L', 'l');
                // Boxed per branch: a bare conditional would widen the long to double and break list indexing.
                tokens.Add(("number", number, number.Contains('.')
                    ? (object)double.Parse(number, CultureInfo.InvariantCulture) : (object)long.Parse(number, CultureInfo.InvariantCulture)));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_'))
                {
                    i++;
                }

                tokens.Add(("name", s[start..i], null));
            }
            else
            {
                var two = i + 1 < s.Length ? s.Substring(i, 2) : "";
                var op = two is "==" or "!=" or "<=" or ">=" ? two : c.ToString();
                tokens.Add(("op", op, null));
                i += op.Length;
            }
        }

        return tokens;
    }

    private static (string Value, int End) ReadString(string s, int start, bool raw)
    {
        var quote = s[start];
        var triple = s.Length >= start + 3 && s[start + 1] == quote && s[start + 2] == quote;
        var delimiter = triple ? new string(quote, 3) : quote.ToString();
        var i = start + delimiter.Length;
        var builder = new StringBuilder();
        while (i < s.Length)
        {
            if (string.CompareOrdinal(s, i, delimiter, 0, delimiter.Length) == 0)
            {
                return (builder.ToString(), i + delimiter.Length);
            }

            var c = s[i++];
            if (c != '\\' || i >= s.Length)
            {
                builder.Append(c);
                continue;
            }

            var e = s[i++];
            if (raw)
            {
                builder.Append('\\').Append(e);
                continue;
            }

            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '0': builder.Append('\0'); break;
                case 'x': builder.Append((char)Convert.ToInt32(s.Substring(i, 2), 16)); i += 2; break;
                case 'u': builder.Append((char)Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                case 'U': builder.Append(char.ConvertFromUtf32(Convert.ToInt32(s.Substring(i, 8), 16))); i += 8; break;
                case '\\' or '\'' or '"': builder.Append(e); break;
                default: builder.Append('\\').Append(e); break;
            }
        }

        throw new FormatException("unterminated string");
    }
}
