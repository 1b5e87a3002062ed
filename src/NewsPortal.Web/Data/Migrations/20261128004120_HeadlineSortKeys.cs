using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HeadlineSortKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Headline_Id",
                table: "Articles");

            // Stored stories get their keys when the app next starts (HeadlineKeys): the collation that makes them is .NET's.
            migrationBuilder.AddColumn<byte[]>(
                name: "HeadlineSortKey",
                table: "Articles",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeadlineSortKeyVersion",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_HeadlineSortKey_Id_Headline",
                table: "Articles",
                columns: new[] { "HeadlineSortKey", "Id", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_HeadlineSortKeyVersion_Id",
                table: "Articles",
                columns: new[] { "HeadlineSortKeyVersion", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_HeadlineSortKey_Id_Headline",
                table: "Articles",
                columns: new[] { "Status", "HeadlineSortKey", "Id", "Headline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_HeadlineSortKey_Id_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_HeadlineSortKeyVersion_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_HeadlineSortKey_Id_Headline",
                table: "Articles");

            // In place, not by EF Core's rebuild of the table, which would lose what the model does not hold: the sitemap's
            // index and the search index's triggers.
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "HeadlineSortKey";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "HeadlineSortKeyVersion";""");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Headline_Id",
                table: "Articles",
                columns: new[] { "Status", "Headline", "Id" });
        }
    }
}
