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
}
