using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>A story form whose value cannot be read (made by hand: the form itself never sends one) is sent back naming the field as its label does.</summary>
public class UnreadableFieldTests
{
    [Theory]
    [InlineData("banana")]
    [InlineData("<b>yes</b>")]
    public async Task AHotNewsValueThatIsNotYesOrNoIsRefusedNamingTheField(string value)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm("Harbour cranes return");
        form["Draft.IsHot"] = value;

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains($"The Hot news field cannot take \"{value}\": correct it and send the form again.", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("Harbour cranes return", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        Assert.False(await app.WithStoreAsync(db => db.Articles.AnyAsync(a => a.Headline == "Harbour cranes return")));
    }
}
