namespace NewsPortal.Web.Data.Migrations;

/// <summary>
/// SQL both stores' migrations run on revisions saved before each kept the story's state (<see cref="Articles.ArticleRevision.State"/>).
/// Their status is right except that "Published" was also written for a story only scheduled, so a published revision
/// gets a state only where what it says it did tells which it was: a publish, an edit of the live story or a notice
/// (notices go on live stories only) was live; a schedule, or a save that the editor recorded as a plain "saved" rather
/// than "updated the live story", was scheduled. The rest (a restore, a notice reworded or withdrawn) stay without one.
/// </summary>
internal static class StoredRevisionStates
{
    public const string Derive = """
        UPDATE "ArticleRevisions" SET "State" = "Status" WHERE "Status" <> 'Published';

        UPDATE "ArticleRevisions" SET "State" = 'Published'
        WHERE "Status" = 'Published'
          AND ("Change" IN ('published', 'updated the live story') OR "Change" LIKE 'added % notice' OR "Change" LIKE 'went live at %');

        UPDATE "ArticleRevisions" SET "State" = 'Scheduled'
        WHERE "Status" = 'Published' AND ("Change" = 'saved' OR "Change" LIKE 'scheduled for %');
        """;

    /// <summary>
    /// A scheduled revision's time is the story's publish time still, if no later revision could have moved it (a
    /// schedule, a publish, an unpublish or a cancelled schedule); otherwise it stays unknown.
    /// </summary>
    public const string DeriveScheduledTimes = """
        UPDATE "ArticleRevisions" SET "ScheduledFor" = (
            SELECT "Articles"."PublishedAt" FROM "Articles"
            WHERE "Articles"."Id" = "ArticleRevisions"."ArticleId"
              AND "Articles"."Status" = 'Published' AND "Articles"."PublishedAt" > "ArticleRevisions"."At")
        WHERE "State" = 'Scheduled'
          AND NOT EXISTS (
            SELECT 1 FROM "ArticleRevisions" AS later
            WHERE later."ArticleId" = "ArticleRevisions"."ArticleId" AND later."Number" > "ArticleRevisions"."Number"
              AND (later."Change" IN ('published', 'unpublished')
                OR later."Change" LIKE 'scheduled for %' OR later."Change" LIKE 'cancelled the schedule for %'));
        """;
}
