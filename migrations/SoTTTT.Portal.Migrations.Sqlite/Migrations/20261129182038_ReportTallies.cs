using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTallies", x => x.Id);
                });

            // The reports already there, counted per directive and week as the portal counts them (ReportTally.WeekOf): the
            // Monday of the submission's day in Viet Nam (UTC+7, no daylight saving); then the province's weeks.
            migrationBuilder.Sql("""
                INSERT INTO "ReportTallies" ("DocumentId", "WeekStart", "Count")
                SELECT w."DocumentId", w."WeekStart", COUNT(*)
                FROM (
                    SELECT "DocumentId", date("SubmittedAtUtc", '+7 hours', '-6 days', 'weekday 1') AS "WeekStart" FROM "ProgressReports") w
                GROUP BY w."DocumentId", w."WeekStart";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReportTallies" ("DocumentId", "WeekStart", "Count")
                SELECT NULL, t."WeekStart", SUM(t."Count")
                FROM "ReportTallies" t
                GROUP BY t."WeekStart";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTallies_DocumentId_WeekStart_Count",
                table: "ReportTallies",
                columns: new[] { "DocumentId", "WeekStart", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportTallies");
        }
    }
}
