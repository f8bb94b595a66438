using Corroborate.Clustering;
using Corroborate.Storage;
using Corroborate.Tests.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Storage;

public sealed class PlacementBinaryTests
{
    [Fact]
    public void Any_texts_features_come_back_as_they_were_written()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), ArbMap.Default.ArbFor<int>(), (texts, offset) =>
        {
            var featurizer = new PlacementFeaturizer();
            var published = new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.FromMinutes(Math.Abs(offset % 14) * 60));
            var written = (texts ?? []).Select((text, i) => featurizer.Compute(
                StoryFixtures.Create($"a{i}", "", text ?? "", i % 2 == 0 ? published : null))).ToList();

            var read = PlacementBinary.Read(PlacementBinary.Write(written));

            return read.Count == written.Count && read.Zip(written).All(pair =>
                pair.First.Fingerprint.TextHash == pair.Second.Fingerprint.TextHash
                && (pair.First.Fingerprint.Signature ?? []).SequenceEqual(pair.Second.Fingerprint.Signature ?? [])
                && (pair.First.Fingerprint.Signature is null) == (pair.Second.Fingerprint.Signature is null)
                && pair.First.Time == pair.Second.Time && pair.First.Time?.Offset == pair.Second.Time?.Offset
                && pair.First.Counted.Keys.SequenceEqual(pair.Second.Counted.Keys) && pair.First.Counted.Counts.SequenceEqual(pair.Second.Counted.Counts));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(-1)]
    public void Bytes_cut_short_or_followed_by_more_are_refused(int cut)
    {
        var bytes = PlacementBinary.Write([new PlacementFeaturizer().Compute(StoryFixtures.Create("a", "Ferry capsizes", "The ferry capsized near the harbour on Tuesday morning."))]);
        var damaged = cut >= 0 ? bytes[..cut] : [.. bytes, 7];

        Assert.Throws<InvalidDataException>(() => PlacementBinary.Read(damaged));
    }

    [Fact]
    public void Bytes_of_another_version_are_refused()
    {
        var bytes = PlacementBinary.Write([]);
        bytes[0] = 99;

        Assert.Contains("version", Assert.Throws<InvalidDataException>(() => PlacementBinary.Read(bytes)).Message, StringComparison.Ordinal);
    }
}
