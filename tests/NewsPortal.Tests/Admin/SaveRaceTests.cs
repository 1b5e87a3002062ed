using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Data;
using Serilog.Core;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Two saves wanting the same address at the same moment: the store refuses the second, which starts again, finds
/// the first's story and takes the next address. The refusal was expected and handled, so nothing is logged as an error.
/// </summary>
public class SaveRaceTests
{
    [Fact]
    public async Task AStoryThatLosesItsAddressToAnotherSaveTakesTheNextOneAndNoErrorIsLogged()
    {
        var rival = new RivalTakesTheAddress("umerov-opens-a-new-arms-plant");
        var log = new ErrorsLogged();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(rival).WithService<ILogEventSink>(log);
        var editor = await app.SignedInAsync(Roles.Editor);
        rival.Services = app.Services;
        rival.Armed = true;

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
        {
            ["Draft.Headline"] = "Umerov opens a new arms plant",
            ["Draft.Section"] = "Politics",
            ["Draft.Tags"] = "umerov",
            ["Draft.Body"] = "The plant opened on Friday.",
        }, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(rival.Armed, "the rival save did not run: the race was not staged");
        var reader = app.CreateReader();
        var id = response.Headers.Location!.OriginalString.Split('/')[3];
        Assert.Equal("Umerov opens a new arms plant", (await reader.GetPageAsync($"/articles/{id}/umerov-opens-a-new-arms-plant-2")).Text("h1"));
        Assert.Empty(log.Errors);
    }

    /// <summary>Just before a new story's save begins its transaction, another save takes the story's address.</summary>
    private sealed class RivalTakesTheAddress(string slug) : DbTransactionInterceptor
    {
        public IServiceProvider? Services { get; set; }

        public volatile bool Armed;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Armed && Services is not null)
            {
                Armed = false;
                using var scope = Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
                await db.Articles.Where(a => a.Id == 1).ExecuteUpdateAsync(set => set.SetProperty(a => a.Slug, slug), cancellationToken);
            }

            return result;
        }
    }
}
