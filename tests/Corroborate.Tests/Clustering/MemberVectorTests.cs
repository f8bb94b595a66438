using Corroborate.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

public sealed class MemberVectorTests
{
    [Fact]
    public void Any_two_vectors_have_the_cosine_a_centroid_of_the_member_alone_gives_to_the_bit()
    {
        var vectors = Gen.Choose(0, 60).SelectMany(n => Gen.ListOf(Gen.Choose(0, 400), n)).SelectMany(ids =>
            Gen.ListOf(Gen.Choose(1, 100_000), ids.Count).Select(weights =>
            {
                var distinct = ids.Distinct().ToArray();
                return new SparseVector(distinct, [.. weights.Take(distinct.Length).Select(w => w / 100_000f)]);
            }));
        Prop.ForAll(vectors.ToArbitrary(), vectors.ToArbitrary(), (member, article) =>
        {
            var centroid = new Centroid();
            centroid.Add(member);
            return BitConverter.DoubleToInt64Bits(centroid.Cosine(article)) == BitConverter.DoubleToInt64Bits(new MemberVector(member).Cosine(article));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shared_features_count_and_others_do_not()
    {
        var member = new MemberVector(new SparseVector([3, 7, 11], [0.6f, 0.8f, 0f]));

        Assert.Equal(0.6f * 0.5f, member.Cosine(new SparseVector([3, 5], [0.5f, 0.5f])), 6);
        Assert.Equal(0, member.Cosine(new SparseVector([4, 8, 12, 1_000_000], [0.5f, 0.5f, 0.5f, 0.5f])));
        Assert.Equal(0, new MemberVector(SparseVector.Empty).Cosine(new SparseVector([3], [1f])));
    }
}
