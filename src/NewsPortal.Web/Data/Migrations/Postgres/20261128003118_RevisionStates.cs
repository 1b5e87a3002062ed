using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>The same change as SQLite's <see cref="Migrations.RevisionStates"/>, in the same SQL.</summary>
    public partial class RevisionStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "ArticleRevisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "ArticleRevisions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.Sql(StoredRevisionStates.Derive);
            migrationBuilder.Sql(StoredRevisionStates.DeriveScheduledTimes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "ArticleRevisions");

            migrationBuilder.DropColumn(
                name: "State",
                table: "ArticleRevisions");
        }
    }
}
