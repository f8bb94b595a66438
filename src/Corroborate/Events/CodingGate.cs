using System.Collections.Frozen;
using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>
/// The minimum-evidence gate: a small logistic model over <see cref="CodingFeatures"/> whose weights live in
/// <c>Resources/Events/coding-gate.tsv</c> (fitted offline by <c>tools/coding-gate.py</c> on judged codings of
/// several sources and its threshold chosen by cross-validation across them). An event coding (CAMEO roots 03–20)
/// whose score is below the threshold is left out with the built-in dictionaries: a wrong event is worse than a
/// missing one. Statements and appeals (01–02) are not gated: no judged source scores them apart.
/// </summary>
internal static class CodingGate
{
    private static readonly (double Bias, double[] Weights, double Threshold) Model = Read();

    /// <summary>The score below which an event coding is left out.</summary>
    public static double Threshold => Model.Threshold;

    /// <summary>The model's estimate that a coding with these features is right (0–1).</summary>
    public static double Score(IReadOnlyList<double> features)
    {
        var z = Model.Bias;
        for (var i = 0; i < Model.Weights.Length && i < features.Count; i++)
        {
            z += Model.Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Whether the gate applies to a code: events, not statements or appeals.</summary>
    public static bool Applies(string code) => !code.StartsWith("01", StringComparison.Ordinal) && !code.StartsWith("02", StringComparison.Ordinal);

    private static (double, double[], double) Read()
    {
        var index = CodingFeatures.Names.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var weights = new double[index.Count];
        double? bias = null, threshold = null;
        foreach (var line in ResourceText.Lines("Events/coding-gate.tsv"))
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"Events/coding-gate.tsv: '{line}' is not 'NAME VALUE'");
            }

            switch (fields[0])
            {
                case "bias":
                    bias = value;
                    break;
                case "threshold":
                    threshold = value;
                    break;
                default:
                    weights[index.TryGetValue(fields[0], out var i) ? i : throw new InvalidDataException($"Events/coding-gate.tsv: '{fields[0]}' is no feature of CodingFeatures")] = value;
                    break;
            }
        }

        return (bias ?? throw new InvalidDataException("Events/coding-gate.tsv: no bias"), weights, threshold ?? throw new InvalidDataException("Events/coding-gate.tsv: no threshold"));
    }
}
