using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// A page whose build was under way when a change emptied the reader cache goes to its reader but is not kept: it may
/// show the store as it was before the change, and kept, it would be served until it expired.
/// </summary>
public class PageBuiltDuringAChangeTests
{
    [Fact]
    public async Task AFrontPageBuiltWhileAStoryWasPublishedIsNotKept()
    {
        var hold = new ReadHold();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(hold);
        var editor = await app.SignedInAsync(Roles.Editor);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/latest"); // the watch for scheduled stories has looked, and waits a minute to look again

        hold.Arm();
        var building = reader.GetPageAsync("/");
        await hold.ReachedAsync(); // the lead story has been read
        using (var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Minister opens a plant"), "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        hold.Release();

        Assert.NotEqual("Minister opens a plant", (await building).Text("#LeadHeadline"));
        Assert.Equal("Minister opens a plant", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
    }

    [Fact]
    public async Task APageBuiltWithNoChangeMeanwhileIsKept()
    {
        var hold = new ReadHold();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(hold);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/latest");

        hold.Arm();
        var building = reader.GetPageAsync("/");
        await hold.ReachedAsync();
        hold.Release();
        await building;

        Assert.True(await CacheChecks.ServedFromCacheAsync(reader, "/"));
    }
}
