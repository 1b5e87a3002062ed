namespace NewsPortal.Web.Data.Migrations;

/// <summary>SQL both stores' migrations run on stored story HTML.</summary>
internal static class StoredHeadings
{
    /// <summary>Every stored h1 of a story body becomes an h2, as the renderer now writes it.</summary>
    public const string DemoteTopLevel = """
        UPDATE "Articles" SET "BodyHtml" = replace(replace("BodyHtml", '<h1', '<h2'), '</h1>', '</h2>')
        WHERE "BodyHtml" LIKE '%<h1%';
        """;
}
