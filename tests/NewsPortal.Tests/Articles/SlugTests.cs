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
    [InlineData("日本語", "日本語")]
    [InlineData("Ελλάδα: Αθήνα", "ellada-athina")]
    [InlineData("हिंदी समाचार", "हिंदी-समाचार")]
    [InlineData("مرحبا بالعالم", "مرحبا-بالعالم")]
    [InlineData("💥 ★ ✓", "story")]
    [InlineData("\U0001D400\U0001D401 bold \U0001F4A5 boom", "bold-boom")]
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

    [Fact]
    public void ANumberedSlugStillFits()
    {
        var longest = Slug.From("Breaking " + new string('x', 71));
        Assert.Equal(Slug.MaxLength, longest.Length);

        Assert.Equal("breaking-2", Slug.Numbered(longest, 2));
        Assert.Equal("f-16-12", Slug.Numbered("f-16", 12));
        Assert.True(Slug.Numbered(new string('a', Slug.MaxLength), 3).Length <= Slug.MaxLength);
    }
}
