using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.SqlServer.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTallies", x => x.Id);
                });

            // The reports already there, counted per directive and week as the portal counts them (ReportTally.WeekOf): the
            // Monday of the submission's day in Viet Nam (UTC+7, no daylight saving); 1 January 1900 was a Monday; then the province's weeks.
            migrationBuilder.Sql("""
                INSERT INTO "ReportTallies" ("DocumentId", "WeekStart", "Count")
                SELECT w."DocumentId", w."WeekStart", COUNT(*)
                FROM (
                    SELECT d."DocumentId", DATEADD(day, -(DATEDIFF(day, CAST('19000101' AS date), d."Day") % 7), d."Day") AS "WeekStart"
                    FROM (SELECT "DocumentId", CAST(DATEADD(hour, 7, "SubmittedAtUtc") AS date) AS "Day" FROM "ProgressReports") d) w
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
