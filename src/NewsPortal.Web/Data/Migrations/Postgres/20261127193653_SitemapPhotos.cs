using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SitemapPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Sitemap",
                table: "Articles");

            // The sitemap names each story's photo: with its address in the index, a sitemap file is still read from the
            // index alone. Made here rather than in the model, which cannot index a column of the Photo complex type.
            migrationBuilder.CreateIndex(
                name: "IX_Articles_Sitemap",
                table: "Articles",
                columns: new[] { "Status", "Id", "PublishedAt", "PublishedAtIsEstimate", "UpdatedAt", "CreatedAt", "Slug", "Photo_ImageUrl" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Sitemap",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Sitemap",
                table: "Articles",
                columns: new[] { "Status", "Id", "PublishedAt", "PublishedAtIsEstimate", "UpdatedAt", "CreatedAt", "Slug" });
        }
    }
}
