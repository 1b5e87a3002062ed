using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class SlugTests
{
    [Theory]
    [InlineData("Umerov, Kubilius discuss initiatives", "umerov-kubilius-discuss-initiatives")]
    [InlineData("Ukraine's army – Umerov’s view", "ukraines-army-umerovs-view")]
    [InlineData("Władysław Kosiniak-Kamysz in Kraków", "wladyslaw-kosiniak-kamysz-in-krakow")]
    [InlineData("Гривня зміцнилася: Київ, Харків", "hryvnia-zmitsnylasia-kyiv-kharkiv")]
    [InlineData("Зеленський: Євросоюз, Їжакевич, Юрій, Яготин, Згурівка, розгляд", "zelenskyi-yevrosoiuz-yizhakevych-yurii-yahotyn-zghurivka-rozghliad")]
    [InlineData("Мʼясо, м'ясо і м’ясо", "miaso-miaso-i-miaso")]
    [InlineData("Cafe\u0301 ete\u0301", "cafe-ete")]
    [InlineData("  --F-16!!  ", "f-16")]
    [InlineData("???", "story")]
    [InlineData("", "story")]
    [InlineData("日本語", "story")]
    public void MakesReadableAsciiSlugs(string headline, string expected)
    {
        Assert.Equal(expected, Slug.From(headline));
    }

    [Fact]
    public void CutsLongHeadlinesAtAWordBoundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("defense", 40)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("defense", slug, StringComparison.Ordinal);
        Assert.Equal(Slug.MaxLength, Slug.From(new string('a', 500)).Length);
    }
}
