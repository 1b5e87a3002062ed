using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;
using Serilog.Core;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// On PostgreSQL an editor's save and the schedule's recording of the story going live run side by side, each on its
/// own connection, and each writes the story's revision and the story itself. Neither may wait on the other for good
/// (PostgreSQL would end one of them as a deadlock): the editor's save goes through and the schedule records the
/// story at once, after it.
/// </summary>
public sealed class GoLivePostgresRaceTests : IDisposable
{
    private const string Headline = "Polls open at dawn";

    private readonly string _database = TestPostgres.CreateDatabase();

    [Fact]
    public async Task AnEditorsSaveHalfwayThroughTheStoryGoingLiveEndsNeitherAsADeadlock()
    {
        var editorSave = new EditorSavesAlongside(_database);
        var log = new ErrorsLogged();
        using var app = new NewsPortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:NewsPortal", _database)
            .WithService<IInterceptor>(editorSave).WithService<ILogEventSink>(log);
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = Headline, ["Draft.Body"] = "Polling stations open at six." }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        // Live by the clock, its going live not yet recorded: the schedule's time has just come.
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == Headline).ExecuteUpdateAsync(set => set.SetProperty(a => a.GoLivePending, true)));
        editorSave.Armed = true;

        var recorded = await app.Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(CancellationToken.None);
        await (editorSave.Committed ?? throw new InvalidOperationException("the editor's save did not run: the race was not staged"));

        Assert.Single(recorded);
        Assert.Single(await app.WithStoreAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.WentLive).ToListAsync()));
        Assert.Equal(["published", "updated the live story", "went live at 20:00 07.03.2025, as scheduled"],
            await app.WithStoreAsync(db => db.ArticleRevisions.AsNoTracking().OrderBy(r => r.Number).Select(r => r.Change).ToListAsync()));
        Assert.Empty(log.Errors);
    }

    public void Dispose() => TestPostgres.DropDatabase(_database);

    /// <summary>
    /// Just before the schedule writes, an editor's save on another connection writes its revision, with the number the
    /// schedule counted on, then goes on, as EF Core orders a save, to the story itself and its commit.
    /// </summary>
    private sealed class EditorSavesAlongside(string database) : SaveChangesInterceptor
    {
        public volatile bool Armed;

        public Task? Committed { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && eventData.Context!.ChangeTracker.Entries<ArticleRevision>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity is { SavedBy: ScheduledPublishing.Actor } wentLive)
            {
                Armed = false;
                var connection = new NpgsqlConnection(database);
                await connection.OpenAsync(cancellationToken);
                var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var revision = new NpgsqlCommand("""
                    INSERT INTO "ArticleRevisions" ("ArticleId", "Number", "At", "SavedBy", "Change", "Status", "State", "ScheduledFor", "Snapshot")
                    SELECT "ArticleId", "Number" + 1, "At", 'editor@newsroom.example', 'updated the live story', "Status", "State", "ScheduledFor", "Snapshot"
                    FROM "ArticleRevisions" WHERE "ArticleId" = $1 AND "Number" = $2 - 1
                    """, connection, transaction))
                {
                    revision.Parameters.AddWithValue(wentLive.Article.Id);
                    revision.Parameters.AddWithValue(wentLive.Number);
                    await revision.ExecuteNonQueryAsync(cancellationToken);
                }

                Committed = SaveTheStoryAsync(connection, transaction, wentLive.Article.Id);
            }

            return result;
        }

        private static async Task SaveTheStoryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int id)
        {
            await using (connection)
            await using (transaction)
            {
                await using var story = new NpgsqlCommand("""UPDATE "Articles" SET "Version" = gen_random_uuid() WHERE "Id" = $1""", connection, transaction);
                story.Parameters.AddWithValue(id);
                await story.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }
        }
    }
}
