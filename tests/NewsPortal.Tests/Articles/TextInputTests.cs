using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class TextInputTests
{
    [Theory]
    [InlineData("Plain headline", "Plain headline")]
    [InlineData("Pasted\vfrom Word", "Pasted from Word")]
    [InlineData("Tab\tand\r\nbreaks\rand\nmore", "Tab and breaks and more")]
    [InlineData("Bell\u0007, escape\u001B, delete\u007F and C1\u0085\u009F gone", "Bell, escape, delete and C1  gone")]
    [InlineData("Not a character: \uFFFE\uFFFF\uFDD0", "Not a character: ")]
    [InlineData("Кирилиця, emoji 🇺🇦 and \U0001F4A5 stay", "Кирилиця, emoji 🇺🇦 and \U0001F4A5 stay")]
    [InlineData("\U0001FFFE is a noncharacter too", " is a noncharacter too")]
    public void ALineKeepsEveryCharacterButThoseNoFeedOrPageCanCarry(string typed, string kept)
    {
        Assert.Equal(kept, TextInput.Line(typed));
    }

    [Fact]
    public void TextOfSeveralLinesKeepsItsLineBreaksAndTabs()
    {
        Assert.Equal("One\ntwo\nthree\n\tfour\nfive", TextInput.Lines("One\r\ntwo\rthree\v\tfour\u000Cfive\u0000"));
        Assert.Null(TextInput.Lines(null));
        Assert.Equal("Lone  surrogates ", TextInput.Line("Lone \uD800 surrogates \uDC00")); // not as theory data, which cannot carry them
    }

    [Fact]
    public void TextAsTypedLosesOnlyWhatNoPageCanWriteBackAndKeepsFormatCharactersForTheFieldsOwnChecks()
    {
        Assert.Equal("desk\u202E@news\u200Broom\n\n\tline", TextInput.Typed("desk\u0001\u202E@news\u200Broom\u0085\u009F\r\n\tline\u007F\uFFFE"));
        Assert.Null(TextInput.Typed(null));
    }

    [Theory]
    [InlineData("\u202EBreaking: markets fall", "Breaking: markets fall")]
    [InlineData("Left \u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069 and marks \u200E\u200F\u061C gone", "Left  and marks  gone")]
    [InlineData("\uFEFFByte order mark, zero\u200Bwidth, soft\u00ADhyphen, word\u2060joiner", "Byte order mark, zerowidth, softhyphen, wordjoiner")]
    [InlineData("Lines\u2028and\u2029paragraphs", "Lines and paragraphs")]
    [InlineData("می\u200Cخواهم", "می\u200Cخواهم")] // ZWNJ shapes Persian inside a word
    [InlineData("👩\u200D💻 coder, 👨\u200D👩\u200D👧 family", "👩\u200D💻 coder, 👨\u200D👩\u200D👧 family")] // ZWJ makes one emoji
    [InlineData("\u200Djoiners\u200C \u200Dat the edges\u200D", "joiners at the edges")]
    [InlineData("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland")]
    [InlineData("Stray \U000E0067tags", "Stray tags")]
    [InlineData("\u0600\u0661\u0662 Arabic number sign", "\u0600\u0661\u0662 Arabic number sign")] // a format character that is drawn
    public void FormatCharactersThatHideOrReverseTextAreTakenOutButJoinersInsideWordsStay(string typed, string kept)
    {
        Assert.Equal(kept, TextInput.Line(typed));
    }

    [Fact]
    public void ABidiOverrideInTextOfSeveralLinesIsTakenOutOfEveryLine()
    {
        Assert.Equal("Correction: 12 not 20\nnext paragraph", TextInput.Lines("Correction: \u202E12 not 20\r\n\u2067next paragraph"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\u2060")]
    [InlineData("\uFEFF")]
    [InlineData("\u00AD")]
    [InlineData("\u2800")]
    [InlineData("\u3164")]
    [InlineData("\u115F\u1160\uFFA0")]
    [InlineData("\u202E")]
    [InlineData("\u0301")]
    [InlineData("\u00A0\u200B\u3000")]
    [InlineData("\uFE0F\u034F")]
    public void TextMadeOnlyOfInvisibleCharactersIsBlankAndCleansToBlank(string typed)
    {
        Assert.True(TextInput.IsBlank(typed));
        Assert.True(TextInput.IsBlank(TextInput.Line(typed)));
        Assert.True(TextInput.IsBlank(null));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("\u200B.")]
    [InlineData("e\u0301")]
    [InlineData("💥")]
    [InlineData("日本")]
    [InlineData("\u3164\u0915")]
    public void TextWithAnythingToSeeIsNotBlank(string typed)
    {
        Assert.False(TextInput.IsBlank(typed));
    }
}
