using Corroborate.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

public sealed class MemberPostingsTests
{
    private static readonly Gen<SparseVector> Vectors = Gen.Choose(0, 60).SelectMany(n => Gen.ListOf(Gen.Choose(0, 400), n)).SelectMany(ids =>
        Gen.ListOf(Gen.Choose(0, 100_000), ids.Count).Select(weights =>
        {
            var distinct = ids.Distinct().ToArray();
            return new SparseVector(distinct, [.. weights.Take(distinct.Length).Select(w => w / 100_000f)]);
        }));

    [Fact]
    public void Every_member_gets_the_cosine_a_centroid_of_that_member_alone_gives_to_the_bit()
    {
        var members = Gen.Choose(1, 20).SelectMany(n => Gen.ListOf(Vectors, n));
        Prop.ForAll(members.ToArbitrary(), Vectors.ToArbitrary(), (list, article) =>
        {
            var postings = new MemberPostings();
            for (var m = 0; m < list.Count; m++)
            {
                postings.Add(m, list[m]);
            }

            var dots = new double[list.Count];
            postings.Dots(article, dots);
            return list.Select((member, m) =>
            {
                var centroid = new Centroid();
                centroid.Add(member);
                return article.IsEmpty || member.IsEmpty
                    ? dots[m] == 0
                    : BitConverter.DoubleToInt64Bits(centroid.Cosine(article)) == BitConverter.DoubleToInt64Bits(dots[m]);
            }).All(same => same);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shared_features_count_for_the_members_that_have_them_and_others_do_not()
    {
        var postings = new MemberPostings();
        postings.Add(0, new SparseVector([3, 7, 11], [0.6f, 0.8f, 0f]));
        postings.Add(1, new SparseVector([5], [1f]));
        postings.Add(2, SparseVector.Empty);

        var dots = new double[3];
        postings.Dots(new SparseVector([3, 5], [0.5f, 0.5f]), dots);
        Assert.Equal(0.6f * 0.5f, dots[0], 6);
        Assert.Equal(0.5, dots[1], 6);
        Assert.Equal(0, dots[2]);

        Array.Clear(dots);
        postings.Dots(new SparseVector([4, 8, 12, 1_000_000], [0.5f, 0.5f, 0.5f, 0.5f]), dots);
        Assert.All(dots, dot => Assert.Equal(0, dot));
    }

    [Fact]
    public void Cleared_postings_forget_their_members_and_take_new_ones()
    {
        var postings = new MemberPostings();
        postings.Add(0, new SparseVector([1, 2], [0.6f, 0.8f]));
        postings.Clear();
        postings.Add(0, new SparseVector([2], [1f]));

        var dots = new double[1];
        postings.Dots(new SparseVector([1, 2], [0.6f, 0.8f]), dots);
        Assert.Equal(0.8, dots[0], 6);
    }
}
