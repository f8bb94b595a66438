using Corroborate.Model;

namespace Corroborate.Tests.Model;

public sealed class TextSpanTests
{
    [Fact]
    public void Rejects_an_end_before_the_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
    }

    [Fact]
    public void Slices_the_half_open_range()
    {
        var span = new TextSpan(4, 9);
        Assert.Equal("quick", span.Of("the quick fox"));
        Assert.Equal(5, span.Length);
        Assert.False(span.Contains(9));
    }
}
