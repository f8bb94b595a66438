using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Ingest;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>
/// FNC-1 style inputs: a bodies file (<c>Body ID,articleBody</c>) and a pairs file (<c>Headline,Body ID[,Stance]</c>).
/// Every pair must name a known body; a Stance column, when present, must hold the four FNC labels.
/// </summary>
internal sealed record StanceDataset(FrozenDictionary<string, string> Bodies, ImmutableArray<StancePair> Pairs)
{
    public bool HasGold => Pairs.Length > 0 && Pairs.All(p => p.Gold is not null);

    public static StanceDataset Load(string bodiesPath, string stancesPath)
    {
        var bodiesTable = CsvReader.ReadFile(bodiesPath);
        var bodyIdColumn = Require(bodiesTable, "Body ID");
        var textColumn = Require(bodiesTable, "articleBody");
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in bodiesTable.Records)
        {
            var id = record.Fields[bodyIdColumn].Trim();
            if (!bodies.TryAdd(id, record.Fields[textColumn]))
            {
                throw new InputException(bodiesPath, $"Body ID '{id}' appears twice", record.Line);
            }
        }

        var stancesTable = CsvReader.ReadFile(stancesPath);
        var headlineColumn = Require(stancesTable, "Headline");
        var pairBodyColumn = Require(stancesTable, "Body ID");
        var stanceColumn = stancesTable.ColumnOf("Stance");
        var pairs = ImmutableArray.CreateBuilder<StancePair>(stancesTable.Records.Length);
        foreach (var record in stancesTable.Records)
        {
            var bodyId = record.Fields[pairBodyColumn].Trim();
            if (!bodies.ContainsKey(bodyId))
            {
                throw new InputException(stancesPath, $"Body ID '{bodyId}' is not in {bodiesPath}", record.Line);
            }

            StanceLabel? gold = null;
            if (stanceColumn >= 0)
            {
                if (!StanceLabels.TryParse(record.Fields[stanceColumn], out var label))
                {
                    throw new InputException(stancesPath, $"unknown stance '{record.Fields[stanceColumn]}' (expected agree, disagree, discuss or unrelated)", record.Line);
                }

                gold = label;
            }

            pairs.Add(new StancePair(record.Fields[headlineColumn], bodyId, gold, record.Line));
        }

        return new StanceDataset(bodies.ToFrozenDictionary(StringComparer.Ordinal), pairs.MoveToImmutable());
    }

    private static int Require(CsvTable table, string column)
    {
        var index = table.ColumnOf(column);
        return index >= 0 ? index : throw new InputException(table.Source, $"no '{column}' column in the header ({string.Join(", ", table.Header)})", 1);
    }
}
