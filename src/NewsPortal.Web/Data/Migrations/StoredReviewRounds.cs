namespace NewsPortal.Web.Data.Migrations;

/// <summary>
/// SQL both stores' migrations run on drafts sent back to their authors before the story kept that itself
/// (<see cref="Articles.Article.SentBack"/>): a draft whose newest review-round revision is a send-back
/// (<see cref="Articles.ReviewRound"/>) is waiting on its author.
/// </summary>
internal static class StoredReviewRounds
{
    public const string MarkSentBack = """
        UPDATE "Articles" SET "SentBack" = TRUE
        WHERE "Status" = 'Draft'
          AND (SELECT substr(r."Change", 1, 25) FROM "ArticleRevisions" AS r
               WHERE r."ArticleId" = "Articles"."Id"
                 AND (r."Change" = 'sent for review' OR substr(r."Change", 1, 25) = 'sent back to the author: ')
               ORDER BY r."Number" DESC LIMIT 1) = 'sent back to the author: ';
        """;
}
