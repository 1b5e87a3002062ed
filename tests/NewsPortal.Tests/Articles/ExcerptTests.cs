using NewsPortal.Tests.Security.Fuzzing;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class ExcerptTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void ACutWithoutSpacesNeverSplitsAnEmoji(string before)
    {
        var text = before + string.Concat(Enumerable.Repeat("\U0001F600", 400));

        var excerpt = Excerpt.Shorten(text, 300);

        Assert.Null(StoredTextGuard.LoneSurrogateAt(excerpt));
        Assert.EndsWith("\U0001F600…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= 300);
    }
}
