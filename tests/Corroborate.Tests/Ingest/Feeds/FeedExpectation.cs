using System.Globalization;
using System.Text;

namespace Corroborate.Tests.Ingest.Feeds;

/// <summary>
/// Translates feedparser's <c>Expect:</c> lines (Python boolean expressions) into checks on our model.
/// The expression is parsed into a small AST, split on its top-level <c>and</c> into separate assertions,
/// and each is evaluated against a Python-like view of our <see cref="Corroborate.Ingest.Feeds.Feed"/>.
/// A key outside the subset we model makes an assertion "not applicable"; a modelled key we did not
/// produce is a failure (as a KeyError fails feedparser's own test).
/// </summary>
public static partial class FeedExpectation
{
    public enum Outcome { Pass, Fail, NotApplicable }

    /// <summary>Thrown when an assertion reaches outside the modelled subset.</summary>
    public sealed class NotApplicableException(string what) : Exception(what);

    /// <summary>A dictionary view: <see cref="Known"/> lists the keys we model, present or not.</summary>
    public sealed class PyDict(Dictionary<string, object?> values, HashSet<string> known, Dictionary<string, string> aliases)
    {
        public object? Get(string key)
        {
            key = aliases.GetValueOrDefault(key, key);
            if (values.TryGetValue(key, out var value))
            {
                return value;
            }

            throw known.Contains(key) ? new KeyNotFoundException(key) : new NotApplicableException(key);
        }

        public bool Has(string key) => values.ContainsKey(aliases.GetValueOrDefault(key, key));

        public HashSet<string> Known => known;
    }

    /// <summary>Splits <paramref name="expression"/> into its top-level conjuncts, as source-like node trees.</summary>
    public static IReadOnlyList<Node> Parse(string expression)
    {
        var parser = new Parser(Tokenize(expression));
        var node = parser.ParseExpression();
        parser.ExpectEnd();
        var parts = new List<Node>();
        Flatten(node, parts);
        return parts;
    }

    public static Outcome Evaluate(Node assertion, IReadOnlyDictionary<string, object?> globals)
    {
        try
        {
            return Truthy(assertion.Evaluate(globals)) ? Outcome.Pass : Outcome.Fail;
        }
        catch (NotApplicableException)
        {
            return Outcome.NotApplicable;
        }
        catch (KeyNotFoundException)
        {
            return Outcome.Fail;
        }
        catch (ArgumentOutOfRangeException)
        {
            return Outcome.Fail; // IndexError: entries[0] on a feed with no entries
        }
    }

    /// <summary>For failure messages: what the left side of a comparison evaluated to on our model.</summary>
    public static string Actual(Node assertion, IReadOnlyDictionary<string, object?> globals)
    {
        try
        {
            var value = assertion is Binary b ? b.Left.Evaluate(globals) : assertion.Evaluate(globals);
            return value is List<object?> list ? "(" + string.Join(", ", list) + ")" : value?.ToString() ?? "None";
        }
        catch (Exception e) when (e is KeyNotFoundException or ArgumentOutOfRangeException or NotApplicableException)
        {
            return e.GetType().Name + " " + e.Message;
        }
    }

    private static void Flatten(Node node, List<Node> parts)
    {
        if (node is Binary { Op: "and" } and)
        {
            Flatten(and.Left, parts);
            Flatten(and.Right, parts);
        }
        else
        {
            parts.Add(node);
        }
    }

    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long n => n != 0,
        double d => d != 0,
        string s => s.Length > 0,
        List<object?> l => l.Count > 0,
        PyDict => true,
        _ => true,
    };

    public static bool PyEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (long x, long y) => x == y,
        (long x, double y) => x == y,
        (double x, long y) => x == y,
        (double x, double y) => x == y,
        (bool x, bool y) => x == y,
        (bool x, long y) => (x ? 1 : 0) == y,
        (long x, bool y) => x == (y ? 1 : 0),
        (string x, string y) => x == y,
        (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => PyEquals(p.First, p.Second)),
        _ => ReferenceEquals(a, b),
    };

    public abstract record Node
    {
        public abstract object? Evaluate(IReadOnlyDictionary<string, object?> globals);
    }

    private sealed record Literal(object? Value) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) => Value;
    }

    private sealed record Name(string Identifier) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) =>
            Identifier switch
            {
                "None" => null,
                "True" => true,
                "False" => false,
                _ => globals.TryGetValue(Identifier, out var v) ? v : throw new NotApplicableException(Identifier),
            };
    }

    private sealed record Sequence(IReadOnlyList<Node> Items) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) => Items.Select(i => i.Evaluate(globals)).ToList();
    }

    private sealed record DictLiteral : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) => throw new NotApplicableException("dict literal");
    }

    private sealed record Not(Node Operand) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) => !Truthy(Operand.Evaluate(globals));
    }

    private sealed record Negate(Node Operand) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) => Operand.Evaluate(globals) switch
        {
            long n => -n,
            double d => -d,
            _ => throw new NotApplicableException("unary minus"),
        };
    }

    private sealed record Binary(string Op, Node Left, Node Right) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals)
        {
            if (Op == "and")
            {
                var l = Left.Evaluate(globals);
                return Truthy(l) ? Right.Evaluate(globals) : l;
            }

            if (Op == "or")
            {
                var l = Left.Evaluate(globals);
                return Truthy(l) ? l : Right.Evaluate(globals);
            }

            var a = Left.Evaluate(globals);
            var b = Right.Evaluate(globals);
            return Op switch
            {
                "==" or "is" => PyEquals(a, b),
                "!=" or "is not" => !PyEquals(a, b),
                "in" => Contains(b, a),
                "not in" => !Contains(b, a),
                "<" or ">" or "<=" or ">=" => Compare(a, b),
                _ => throw new NotApplicableException(Op),
            };
        }

        private bool Compare(object? a, object? b)
        {
            if (a is not (long or double) || b is not (long or double))
            {
                throw new NotApplicableException("ordering comparison");
            }

            var (x, y) = (Convert.ToDouble(a, CultureInfo.InvariantCulture), Convert.ToDouble(b, CultureInfo.InvariantCulture));
            return Op switch { "<" => x < y, ">" => x > y, "<=" => x <= y, _ => x >= y };
        }

        private static bool Contains(object? container, object? item) => container switch
        {
            string s when item is string t => s.Contains(t, StringComparison.Ordinal),
            List<object?> l => l.Any(x => PyEquals(x, item)),
            PyDict d when item is string key => d.Has(key) || (d.Known.Contains(key) ? false : throw new NotApplicableException(key)),
            _ => throw new NotApplicableException("membership"),
        };
    }

    private sealed record Subscript(Node Target, Node Index) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals)
        {
            var target = Target.Evaluate(globals);
            var index = Index.Evaluate(globals);
            return (target, index) switch
            {
                (PyDict d, string key) => d.Get(key),
                (List<object?> l, long i) => l[(int)(i < 0 ? l.Count + i : i)],
                (string s, long i) => s[(int)(i < 0 ? s.Length + i : i)].ToString(),
                _ => throw new NotApplicableException("subscript"),
            };
        }
    }

    private sealed record Attribute(Node Target, string Member) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals) =>
            Target.Evaluate(globals) is PyDict d ? d.Get(Member) : throw new NotApplicableException("." + Member);
    }

    private sealed record Call(Node Function, IReadOnlyList<Node> Arguments) : Node
    {
        public override object? Evaluate(IReadOnlyDictionary<string, object?> globals)
        {
            if (Function is Name { Identifier: "len" } && Arguments.Count == 1)
            {
                return Arguments[0].Evaluate(globals) switch
                {
                    string s => (long)s.Length,
                    List<object?> l => (long)l.Count,
                    _ => throw new NotApplicableException("len"),
                };
            }

            if (Function is Attribute { Member: "get" } get && get.Target.Evaluate(globals) is PyDict d && Arguments.Count >= 1
                && Arguments[0].Evaluate(globals) is string key)
            {
                if (d.Has(key))
                {
                    return d.Get(key);
                }

                return d.Known.Contains(key) ? Arguments.Count > 1 ? Arguments[1].Evaluate(globals) : null : throw new NotApplicableException(key);
            }

            throw new NotApplicableException("call");
        }
    }
}
