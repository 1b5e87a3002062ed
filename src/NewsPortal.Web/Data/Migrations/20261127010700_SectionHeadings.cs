using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// Stories saved before a body heading written with one # became a section heading (h2) still carry it as an h1,
    /// a second top of the page's outline beside the headline. The stored HTML is the renderer's, which escapes every
    /// "&lt;" of the text, so "&lt;h1" in it is only ever the tag itself. The search index reads the Markdown, not this.
    /// </summary>
    // Data only: the model is unchanged, so there is no model copy (Designer file) to keep beside it.
    [DbContext(typeof(NewsPortalDbContext))]
    [Migration("20261127010700_SectionHeadings")]
    public class SectionHeadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(StoredHeadings.DemoteTopLevel);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which h2 was an h1 is not kept; the new rendering is right under the old code too.
        }
    }
}
