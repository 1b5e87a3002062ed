using System.ComponentModel.DataAnnotations;
using System.Text;
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
    [InlineData("\U0001D400\U0001D401 bold \U0001F4A5 boom", "ab-bold-boom")] // mathematical bold is the letters it stands for
    public void MakesReadableAsciiSlugs(string headline, string expected)
    {
        Assert.Equal(expected, Slug.From(headline));
    }

    [Theory]
    [InlineData("İstanbul news", "istanbul-news")]
    [InlineData("ISTANBUL, Istanbul, İSTANBUL, ıstanbul, i\u0307stanbul", "istanbul-istanbul-istanbul-istanbul-istanbul")]
    [InlineData("Straße, STRASSE, GROẞE", "strasse-strasse-grosse")]
    [InlineData("ﬁnance ﬂows", "finance-flows")]
    [InlineData("ＦＵＬＬ－ｗｉｄｔｈ １２３", "full-width-123")]
    [InlineData("Ǆemal Ǳ ǅ", "dzemal-dz-dz")]
    [InlineData("\u212Aelvin \u2126 \u00B2", "kelvin-o-2")]
    [InlineData("Ελλάδα ΣΟΦΟΣ", "ellada-sofos")]
    [InlineData("\u202EBreaking\u200B news\u00AD", "breaking-news")]
    [InlineData("Hello\u3164world \u2800", "hello-world")]
    [InlineData("日\u20DD本", "日本")]
    public void CapitalsAndCompatibilityFormsSpellTheSameSlugAsTheirSmallLetters(string headline, string expected)
    {
        Assert.Equal(expected, Slug.From(headline));
    }

    [Fact]
    public void PrecomposedAndCombiningAccentsMakeOneSlug()
    {
        foreach (var headline in new[] { "Café Ångström Ñandú", "Ελλάδα Ἀθῆναι", "Йосип Їжак", "हिंदी", "한국어 뉴스", "İstanbul" })
        {
            Assert.Equal(Slug.From(headline.Normalize(NormalizationForm.FormC)), Slug.From(headline.Normalize(NormalizationForm.FormD)));
        }
    }

    [Fact]
    public void EverySlugMadeFromAHeadlinePassesTheFormsOwnSlugCheck()
    {
        var headlines = new List<string>
        {
            "İstanbul news", "ı", "ß", "ẞ", "ﬁ", "ﬃ", "Ａ", "ｱ", "ﾞ", "Ⅻ", "ǅ", "ᾈ", "ΐ", "\u0130\u0307", "i\u0307", "ŉ", "\u1E9E",
            "\u0301", "a\u20DD", "\u0915\u20DD", "日\u0301\u20DD", "\u3164", "\u115F\u1160", "\uFFA0", "\u2800", "\u200B\u200C\u200D",
            "\u202E", "\u00AD", "\u00A0\u200B\u3000", "Breaking " + new string('ß', 60), new string('İ', 100), "ǰ\u0327",
        };
        // Every character of the Basic Multilingual Plane: on its own, inside a word, and after a capital.
        for (var c = 1; c < 0x10000; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                var character = ((char)c).ToString();
                headlines.Add(character);
                headlines.Add($"A{character}b");
                headlines.Add($"日{character}");
            }
        }

        var form = new ValidationContext(new ArticleDraft()) { MemberName = nameof(ArticleDraft.Slug) };
        var refused = headlines.Select(headline => (headline, slug: Slug.From(headline)))
            .Where(made => !Validator.TryValidateProperty(made.slug, form, []))
            .Select(made => $"U+{string.Join(" U+", made.headline.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))} → {made.slug}")
            .ToList();

        Assert.Empty(refused);
    }

    [Theory]
    [InlineData("💥", "💥")]
    [InlineData("🇺🇦 🔥", "🇺🇦-🔥")]
    [InlineData("👩\u200D💻", "👩\u200D💻")]
    [InlineData("Kyiv's", "kyivs")]
    [InlineData("\u200B", "story")]
    public void ATagWithNothingToSpellIsItsOwnAddress(string name, string expected)
    {
        Assert.Equal(expected, Slug.ForName(name));
        Assert.True(Slug.ForName(string.Concat(Enumerable.Repeat("👩\u200D💻", 30))).Length <= Slug.MaxLength);
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
